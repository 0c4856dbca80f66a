import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import { toMoney, type ExactDecimal } from '../../engine/exact/index.js';
import type { PeriodOption } from '../../engine/options/index.js';
import { dealColumnsOf, sumAmounts, wonTotalsIn, type DealColumns } from '../../_lib/dealColumns/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';

/** Bookings of a period: new contracts signed, as a count and a value. */
export interface Bookings {
  /** Won deals closed in the period. */
  count: number;
  /** Sum of their amounts, rounded to cents. */
  value: number;
}

/**
 * Bookings volume: the deals won (contracts signed) in the period, counted
 * and summed exactly. Without a period every won deal counts.
 *
 * @example
 * bookings(valid.deals, { period: periodOfMonths('2024-01', '2024-03') }) //=> { count: 7, value: 18400 }
 * bookings([]) //=> { count: 0, value: 0 }
 * @throws {TypeError} when an argument has the wrong structure (`bookings: <argument> must be …`)
 */
export function bookings(deals: readonly ValidDeal[], options: PeriodOption = {}): Bookings {
  arrayArgument(deals, 'bookings', 'deals');
  checkInput(options, 'bookings', { period: 'object?' }, 'options');
  const { count, value } = exactBookings(deals, options, 'bookings');
  return { count, value: toMoney(value) };
}

/**
 * {@link bookings} with the value before rounding, for figures built on it (rep yield) so they round only once.
 *
 * @example
 * exactBookings(valid.deals, { period }).value.toString() //=> '48250.005'
 * @throws never
 */
export function exactBookings(deals: readonly ValidDeal[], options: PeriodOption = {}, caller = 'exactBookings'): { count: number; value: ExactDecimal } {
  const columns = dealColumnsOf(deals, caller);
  return wonTotalsIn(columns, options.period);
}

/**
 * {@link exactBookings} of won deals already found (see `closedRowsIn`): their count and exact sum.
 *
 * @example
 * bookingsOfRows(dealColumnsOf(valid.deals), [0, 3]) //=> { count: 2, value: ExactDecimal(48250.5) }
 * @throws never
 */
export function bookingsOfRows(columns: DealColumns, rows: readonly number[]): { count: number; value: ExactDecimal } {
  // Summed as integers, converted once.
  return { count: rows.length, value: sumAmounts(columns, rows) };
}
