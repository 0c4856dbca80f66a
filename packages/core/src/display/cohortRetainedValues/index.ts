// Plain number arithmetic, no `../exact/` (decimal.js): see cohortRetentionAverage.
import { retentionSeries, type RetentionMeasureOption } from '../cohortRetentionAverage/index.js';
import type { CohortRow } from '../../types.js';

/**
 * A cohort's retention in absolute terms, one value per month k after start
 * that the cohort reached: customers still paying (logo, an exact integer:
 * round(logoRetention[k] × customers)) or the cohort's MRR (revenue:
 * revenueRetention[k] × the cohort's starting MRR, rounded to cents).
 * Index 0 is the cohort's size or starting MRR.
 *
 * @example
 * const cohort = { cohort: '2026-01', customers: 4, mrr: 200, logoRetention: [1, 0.75, 0.5], revenueRetention: [1, 0.9, 1.1] };
 * cohortRetainedValues(cohort, { measure: 'logo' }) //=> [4, 3, 2]
 * cohortRetainedValues(cohort, { measure: 'revenue' }) //=> [200, 180, 220]
 * @throws {RangeError} for an unknown measure, a non-finite retention value, or customers / mrr that is negative or not finite
 */
export function cohortRetainedValues(cohort: CohortRow, options: RetentionMeasureOption): number[] {
  const { measure } = options;
  const series = retentionSeries(cohort, measure, 'cohortRetainedValues');
  if (measure === 'logo') {
    const { customers } = cohort;
    if (!Number.isSafeInteger(customers) || customers < 0) {
      throw new RangeError(`cohortRetainedValues: cohort ${cohort.cohort} has customers ${String(customers)}; it must be an integer ≥ 0`);
    }
    // logoRetention[k] is retained ÷ customers as a double: × customers is
    // the retained count within far less than ½, so rounding gives it back.
    return series.map((value) => Math.round(value * customers));
  }
  const { mrr } = cohort;
  if (typeof mrr !== 'number' || !Number.isFinite(mrr) || mrr < 0) {
    throw new RangeError(`cohortRetainedValues: cohort ${cohort.cohort} has mrr ${String(mrr)}; it must be a finite number ≥ 0`);
  }
  // Multiply the starting MRR in integer cents (exact), then round to a cent.
  const startCents = Math.round(mrr * 100);
  return series.map((value) => {
    const retainedCents = Math.round(value * startCents);
    return retainedCents === 0 ? 0 : retainedCents / 100;
  });
}
