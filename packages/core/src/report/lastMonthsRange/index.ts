import { recordArgument, validDatasetArgument } from '../../_lib/arguments/index.js';
import { dataMonthRange } from '../../engine/dataMonthRange/index.js';
import { formatMonth, parseMonth, requiredMonth } from '../../engine/month/index.js';
import type { MonthString } from '../../types.js';
import type { ValidDataset } from '../../engine/validate/index.js';

/** Options of {@link lastMonthsRange}. */
export interface LastMonthsRangeOptions {
  /** How many months the range spans at most, ending with `to`: a whole number ≥ 1. */
  months: number;
  /** The range's last month, `YYYY-MM`. @default the data's last month */
  to?: MonthString;
}

/**
 * The last `months` months of a dataset: the range ending with the data's
 * last month (or `to`) and starting `months − 1` months before, but never
 * before the data's first month, so a short dataset gives all of it. Built
 * on {@link dataMonthRange}. `null` when nothing in the dataset is dated, or
 * when `to` is before the data's first month.
 *
 * @example
 * lastMonthsRange(validateDataset(dataset), { months: 12 }) //=> { from: '2025-11', to: '2026-10' }
 * lastMonthsRange(validateDataset(dataset), { months: 3, to: '2026-06' }) //=> { from: '2026-04', to: '2026-06' }
 * @throws {RangeError} when `months` is not a whole number ≥ 1 or `to` is not a `YYYY-MM` month
 * @throws {TypeError} when an argument has the wrong structure (`lastMonthsRange: <argument> must be …`)
 */
export function lastMonthsRange(dataset: ValidDataset, options: LastMonthsRangeOptions): { from: MonthString; to: MonthString } | null {
  validDatasetArgument(dataset, 'lastMonthsRange');
  const { months } = recordArgument(options, 'lastMonthsRange', 'options');
  if (!Number.isSafeInteger(months) || months < 1) {
    throw new RangeError(`lastMonthsRange: months must be a whole number ≥ 1, got ${String(months)}`);
  }
  const wantedEnd = options.to === undefined ? undefined : requiredMonth(options.to, 'lastMonthsRange: to');
  const covered = dataMonthRange(dataset);
  if (!covered) return null;
  const first = parseMonth(covered.from);
  const coveredEnd = parseMonth(covered.to);
  if (first === null || coveredEnd === null) throw new RangeError(`lastMonthsRange: dataMonthRange gave a malformed range ${JSON.stringify(covered)}`);
  const last = wantedEnd ?? coveredEnd;
  if (last < first) return null;
  return { from: formatMonth(Math.max(first, last - months + 1)), to: formatMonth(last) };
}
