import { recordArgument } from '../../_lib/arguments/index.js';
// Light (no decimal.js): month ranges for pickers and period comparisons.
import { formatMonth, FIRST_SUPPORTED_MONTH, requiredMonth } from '../../engine/month/index.js';
import type { MonthString } from '../../types.js';

/** A range of whole months, both ends included, as `YYYY-MM`. */
export interface MonthRange {
  from: MonthString;
  to: MonthString;
}

function rangeIndexes(caller: string, range: MonthRange): { from: number; to: number } {
  recordArgument(range, caller, 'range');
  const from = requiredMonth(range.from, `${caller}: from`);
  const to = requiredMonth(range.to, `${caller}: to`);
  if (from > to) throw new RangeError(`${caller}: from ${range.from} is after to ${range.to}`);
  return { from, to };
}

/**
 * Every month of a range, oldest first (for a month picker or a table's rows).
 *
 * @example
 * eachMonthOfRange({ from: '2025-11', to: '2026-02' }) //=> ['2025-11', '2025-12', '2026-01', '2026-02']
 * @throws {RangeError} when an end is not a supported `YYYY-MM` month, or `from` is after `to`
 * @throws {TypeError} when an argument has the wrong structure (`eachMonthOfRange: <argument> must be …`)
 */
export function eachMonthOfRange(range: MonthRange): MonthString[] {
  const { from, to } = rangeIndexes('eachMonthOfRange', range);
  const months: MonthString[] = [];
  for (let index = from; index <= to; index += 1) months.push(formatMonth(index));
  return months;
}

/**
 * The range of the same length just before a range: what a period's figures
 * are compared with ("vs previous 12 months"). `null` when it would start
 * before the first supported month, 0001-01.
 *
 * @example
 * previousRange({ from: '2026-01', to: '2026-03' }) //=> { from: '2025-10', to: '2025-12' }
 * previousRange({ from: '0001-01', to: '0001-06' }) //=> null
 * @throws {RangeError} when an end is not a supported `YYYY-MM` month, or `from` is after `to`
 * @throws {TypeError} when an argument has the wrong structure (`previousRange: <argument> must be …`)
 */
export function previousRange(range: MonthRange): MonthRange | null {
  const { from, to } = rangeIndexes('previousRange', range);
  const length = to - from + 1;
  if (from - length < FIRST_SUPPORTED_MONTH) return null;
  return { from: formatMonth(from - length), to: formatMonth(from - 1) };
}
