// Candidates for @revkit/core: the weighted average retention row of a
// cohort table and a cohort's retention in absolute terms. They live here
// until core exports them; pure, and every zero weight gives null.
import type { CohortRow } from '@revkit/core';

/** Which retention a cohort view shows. */
export type RetentionMeasure = 'logo' | 'revenue';

/** The retention array of a cohort for a measure. */
export function retentionOf(cohort: CohortRow, measure: RetentionMeasure): readonly number[] {
  return measure === 'logo' ? cohort.logoRetention : cohort.revenueRetention;
}

/**
 * The average retention k months after start over the cohorts that reached
 * month k, weighted by cohort size (customers for logo, starting MRR for
 * revenue), so big cohorts count for more. `null` where the weights sum to 0.
 *
 * @example
 * weightedRetentionAverage(report.cohorts, 'logo')[3] // share of customers kept after 3 months
 */
export function weightedRetentionAverage(cohorts: readonly CohortRow[], measure: RetentionMeasure): (number | null)[] {
  const length = cohorts.reduce((max, cohort) => Math.max(max, retentionOf(cohort, measure).length), 0);
  const average: (number | null)[] = [];
  for (let k = 0; k < length; k += 1) {
    let weighted = 0;
    let weights = 0;
    for (const cohort of cohorts) {
      const value = retentionOf(cohort, measure)[k];
      if (value === undefined || !Number.isFinite(value)) continue;
      const weight = measure === 'logo' ? cohort.customers : cohort.mrr;
      weighted += value * weight;
      weights += weight;
    }
    average.push(weights === 0 ? null : weighted / weights);
  }
  return average;
}

/**
 * A cohort's retention k months after start in absolute terms: customers
 * still paying (logo) or the cohort's MRR (revenue, rounded to cents).
 * `null` when the cohort has not reached month k.
 */
export function absoluteRetention(cohort: CohortRow, measure: RetentionMeasure, k: number): number | null {
  const value = retentionOf(cohort, measure)[k];
  if (value === undefined || !Number.isFinite(value)) return null;
  return measure === 'logo' ? Math.round(value * cohort.customers) : Math.round(value * cohort.mrr * 100) / 100;
}
