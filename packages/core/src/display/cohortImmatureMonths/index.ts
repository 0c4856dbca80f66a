import { arrayArgument, recordArgument } from '../../_lib/arguments/index.js';
// Plain number arithmetic, no `../exact/` (decimal.js): month indices only.
import { requiredMonth } from '../../engine/month/index.js';
import type { CohortRow, MonthString } from '../../types.js';

/** Options of {@link cohortImmatureMonths}. */
export interface CohortImmatureMonthsOptions {
  /**
   * The month still in progress, `YYYY-MM`. @default none: no cell is immature
   */
  unfinishedMonth?: MonthString | undefined;
}

/**
 * The one rule for immature cohort cells: for each cohort, the month k after
 * its start whose cell falls in the month still in progress (k =
 * unfinishedMonth − cohort month), or `null` when none of its cells does
 * (no unfinished month, or one outside the months the cohort reached). An
 * immature cell understates retention: charts mask it and the weighted
 * average ({@link cohortRetentionAverage}) leaves it out.
 *
 * @example
 * const cohorts = [
 *   { cohort: '2026-01', customers: 2, mrr: 20, logoRetention: [1, 1, 0.5], revenueRetention: [1, 1, 0.5], retainedCustomers: [2, 2, 1], retainedMrr: [20, 20, 10] },
 *   { cohort: '2026-03', customers: 1, mrr: 10, logoRetention: [1], revenueRetention: [1], retainedCustomers: [1], retainedMrr: [10] },
 * ];
 * cohortImmatureMonths(cohorts, { unfinishedMonth: '2026-03' }) //=> [2, 0]
 * cohortImmatureMonths(cohorts, {}) //=> [null, null]
 * @throws {RangeError} when `unfinishedMonth`, or with it a cohort's month, is not `YYYY-MM`
 * @throws {TypeError} when an argument has the wrong structure (`cohortImmatureMonths: <argument> must be …`)
 */
export function cohortImmatureMonths(
  cohorts: readonly Pick<CohortRow, 'cohort' | 'logoRetention'>[],
  options: CohortImmatureMonthsOptions = {},
): (number | null)[] {
  arrayArgument(cohorts, 'cohortImmatureMonths', 'cohorts');
  cohorts.forEach((cohort, index) => {
    recordArgument(cohort, 'cohortImmatureMonths', `cohorts[${index}]`);
    arrayArgument(cohort.logoRetention, 'cohortImmatureMonths', `cohorts[${index}].logoRetention`);
  });
  const { unfinishedMonth } = recordArgument(options, 'cohortImmatureMonths', 'options');
  if (unfinishedMonth === undefined) return cohorts.map(() => null);
  const unfinished = requiredMonth(unfinishedMonth, 'cohortImmatureMonths: unfinishedMonth');
  return cohorts.map((cohort) => {
    const start = requiredMonth(cohort.cohort, 'cohortImmatureMonths: cohort');
    const k = unfinished - start;
    return k >= 0 && k < cohort.logoRetention.length ? k : null;
  });
}
