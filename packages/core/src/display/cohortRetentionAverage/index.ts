import { arrayArgument, recordArgument } from '../../_lib/arguments/index.js';
// Plain number arithmetic, no `../exact/` (decimal.js): retention is a
// ratio already computed exactly by the engine, and the chart that shows
// this average should not carry decimal.js in its bundle.
import { cohortImmatureMonths } from '../cohortImmatureMonths/index.js';
import type { CohortRow, MonthString } from '../../types.js';

/** Which retention of a cohort: of its customers (logo) or of its MRR (revenue). */
export type RetentionMeasure = 'logo' | 'revenue';

/** The `measure` option of the cohort helpers. */
export interface RetentionMeasureOption {
  /** `'logo'` for customers still paying, `'revenue'` for MRR kept. */
  measure: RetentionMeasure;
}

/** Options of {@link cohortRetentionAverage}. */
export interface CohortRetentionAverageOptions extends RetentionMeasureOption {
  /**
   * The month still in progress, `YYYY-MM`: each cohort's cell that falls in
   * it (month k = unfinishedMonth − cohort, see {@link cohortImmatureMonths})
   * is immature, its figure understating retention, and is left out of the
   * average, as the cohort chart masks it. @default none: every cell counts
   */
  unfinishedMonth?: MonthString;
}

/**
 * The retention array of a cohort for a measure, checked: shared by the
 * cohort helpers, not exported from the package.
 *
 * @example
 * retentionSeries(report.cohorts[0], 'logo', 'cohortRetentionAverage') // report.cohorts[0].logoRetention
 * @throws {RangeError} for an unknown measure or a non-finite retention value
 */
export function retentionSeries(cohort: CohortRow, measure: RetentionMeasure, caller: string): readonly number[] {
  if (measure !== 'logo' && measure !== 'revenue') {
    throw new RangeError(`${caller}: measure must be 'logo' or 'revenue', got ${JSON.stringify(measure)}`);
  }
  recordArgument(cohort, caller, 'cohort');
  const series = arrayArgument(measure === 'logo' ? cohort.logoRetention : cohort.revenueRetention, caller, `cohort.${measure}Retention`);
  for (const [k, value] of series.entries()) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`${caller}: cohort ${cohort.cohort} has a non-finite ${measure} retention at month ${k}: ${String(value)}`);
    }
  }
  return series;
}

/**
 * The weighted average retention row of a cohort table: for each month k
 * after start, the average retention of the cohorts that reached month k,
 * weighted by cohort size (customers for logo retention, starting MRR for
 * revenue retention), so big cohorts count for more. With
 * `unfinishedMonth`, each cohort's immature cell (the one in that month) is
 * left out, so the latest diagonal is not understated. Index k is `null`
 * when the weights of the cohorts counted there sum to 0 (zero denominator,
 * also when every cell of month k is immature). The row is as long as the
 * longest cohort.
 *
 * @example
 * const average = cohortRetentionAverage(report.cohorts, { measure: 'logo' });
 * average[3] // share of all cohorts' customers still paying 3 months after start
 * cohortRetentionAverage(report.cohorts, { measure: 'logo', unfinishedMonth: '2026-10' }) // without the cells of October 2026, still in progress
 * cohortRetentionAverage([{ cohort: '2026-01', customers: 0, mrr: 0, logoRetention: [1], revenueRetention: [1] }], { measure: 'revenue' }) //=> [null]
 * @throws {RangeError} for an unknown measure, a non-finite retention value, a weight (customers, mrr) that is negative or not finite, or, with `unfinishedMonth`, a month (it or a cohort's) that is not `YYYY-MM`
 * @throws {TypeError} when an argument has the wrong structure (`cohortRetentionAverage: <argument> must be …`)
 */
export function cohortRetentionAverage(cohorts: readonly CohortRow[], options: CohortRetentionAverageOptions): (number | null)[] {
  arrayArgument(cohorts, 'cohortRetentionAverage', 'cohorts');
  const { measure, unfinishedMonth } = recordArgument(options, 'cohortRetentionAverage', 'options');
  // The one immature-cell rule, shared with the cohort chart's masking.
  const immatureMonths = cohortImmatureMonths(cohorts, { unfinishedMonth });
  const rows = cohorts.map((cohort, index) => {
    const weight = measure === 'logo' ? cohort.customers : cohort.mrr;
    const series = retentionSeries(cohort, measure, 'cohortRetentionAverage');
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      const field = measure === 'logo' ? 'customers' : 'mrr';
      throw new RangeError(`cohortRetentionAverage: cohort ${cohort.cohort} has ${field} ${String(weight)}; it must be a finite number ≥ 0`);
    }
    return { series, weight, immature: immatureMonths[index] ?? null };
  });
  const length = rows.reduce((max, row) => Math.max(max, row.series.length), 0);
  const average: (number | null)[] = [];
  for (let k = 0; k < length; k += 1) {
    let weighted = 0;
    let weights = 0;
    for (const { series, weight, immature } of rows) {
      const value = series[k];
      if (value === undefined) continue; // the cohort has not reached month k
      if (k === immature) continue; // month k of this cohort is still in progress
      weighted += value * weight;
      weights += weight;
    }
    average.push(weights === 0 ? null : weighted / weights);
  }
  return average;
}
