import { recordArgument } from '../../_lib/arguments/index.js';
// Plain number arithmetic, no `../exact/` (decimal.js): see cohortRetentionAverage.
import { retentionSeries, type RetentionMeasureOption } from '../cohortRetentionAverage/index.js';
import type { CohortRow } from '../../types.js';

/**
 * A cohort's retention in absolute terms, one value per month k after start
 * that the cohort reached: customers still paying (logo:
 * `retainedCustomers`, exact counts) or the cohort's MRR (revenue:
 * `retainedMrr`, rounded once to the cent from the ledger's exact sums), as
 * the report carries them: nothing is rebuilt from the rounded ratios.
 * Index 0 is the cohort's size or starting MRR.
 *
 * @example
 * const cohort = report.cohorts[0];
 * cohortRetainedValues(cohort, { measure: 'logo' }) // cohort.retainedCustomers, e.g. [4, 3, 2]
 * cohortRetainedValues(cohort, { measure: 'revenue' }) // cohort.retainedMrr, e.g. [200, 180, 220]
 * @throws {RangeError} for an unknown measure, or a cohort whose retained values are missing, not finite (negative counts included), or not as long as its retention
 * @throws {TypeError} when an argument has the wrong structure (`cohortRetainedValues: <argument> must be …`)
 */
export function cohortRetainedValues(cohort: CohortRow, options: RetentionMeasureOption): number[] {
  const { measure } = recordArgument(options, 'cohortRetainedValues', 'options');
  const series = retentionSeries(cohort, measure, 'cohortRetainedValues');
  const field = measure === 'logo' ? 'retainedCustomers' : 'retainedMrr';
  const values: unknown = cohort[field];
  if (!Array.isArray(values) || values.length !== series.length) {
    throw new RangeError(`cohortRetainedValues: cohort ${cohort.cohort} has no ${field} as long as its ${measure} retention (a report from buildReport carries it)`);
  }
  for (const [k, value] of values.entries()) {
    const valid = typeof value === 'number' && Number.isFinite(value) && value >= 0 && (measure === 'revenue' || Number.isSafeInteger(value));
    if (!valid) throw new RangeError(`cohortRetainedValues: cohort ${cohort.cohort} has ${field}[${k}] ${String(value)}; it must be ${measure === 'logo' ? 'an integer' : 'a finite number'} ≥ 0`);
  }
  return values as number[];
}
