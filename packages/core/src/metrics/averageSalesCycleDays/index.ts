import { recordsArgument } from '../../_lib/arguments/index.js';
import { ExactDecimal, exactDivide } from '../../engine/exact/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';

/** A closed deal's creation and close instants (epoch ms). */
export interface DealCycle {
  createdAt: number;
  closedAt: number;
}

/**
 * Exact mean sales cycle in days, or `null` for no deals.
 *
 * @example
 * exactSalesCycleDays([{ createdAt: 0, closedAt: 86_400_000 }])?.toNumber() //=> 1
 * @throws never
 */
export function exactSalesCycleDays(cycles: readonly DealCycle[]): ExactDecimal | null {
  if (cycles.length === 0) return null;
  let totalMs = 0;
  // Whole milliseconds: the sum stays an exact integer far past any real pipeline.
  for (const cycle of cycles) totalMs += cycle.closedAt - cycle.createdAt;
  return exactDivide(new ExactDecimal(totalMs), new ExactDecimal(cycles.length * MS_PER_DAY));
}

/**
 * {@link exactSalesCycleDays} of rows of deal columns, read in place: no
 * cycle object per deal (the owners' cycles of a period walk every won deal).
 *
 * @example
 * exactSalesCycleDaysOfRows({ createdAt: new Float64Array([0, 0]), closedAt: new Float64Array([86_400_000, 3 * 86_400_000]) }, [0, 1])?.toNumber() //=> 2
 * @throws never
 */
export function exactSalesCycleDaysOfRows(columns: { readonly createdAt: Float64Array; readonly closedAt: Float64Array }, rows: readonly number[]): ExactDecimal | null {
  if (rows.length === 0) return null;
  const { createdAt, closedAt } = columns;
  let totalMs = 0;
  // In row order, as exactSalesCycleDays sums the cycles: the same exact integer.
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] ?? 0;
    totalMs += (closedAt[row] ?? 0) - (createdAt[row] ?? 0);
  }
  return exactSalesCycleDaysOfTotal(totalMs, rows.length);
}

/**
 * {@link exactSalesCycleDays} of cycles already summed: `totalMs` whole milliseconds over `deals` deals
 * (`null` for none), for the figures that tally cycles in a pass of their own (the owners' cycles).
 *
 * @example
 * exactSalesCycleDaysOfTotal(3 * 86_400_000, 2)?.toNumber() //=> 1.5
 * @throws never
 */
export function exactSalesCycleDaysOfTotal(totalMs: number, deals: number): ExactDecimal | null {
  if (deals === 0) return null;
  return exactDivide(new ExactDecimal(totalMs), new ExactDecimal(deals * MS_PER_DAY));
}

/**
 * Average sales cycle: mean days (fractional) from creation to close.
 *
 * @example
 * averageSalesCycleDays([{ createdAt: Date.UTC(2024, 0, 1), closedAt: Date.UTC(2024, 0, 11, 12) }]) //=> 10.5
 * averageSalesCycleDays([]) //=> null
 * @throws {TypeError} when an argument has the wrong structure (`averageSalesCycleDays: <argument> must be …`)
 */
export function averageSalesCycleDays(cycles: readonly DealCycle[]): number | null {
  recordsArgument(cycles, 'averageSalesCycleDays', 'cycles', { createdAt: 'number', closedAt: 'number' });
  return exactSalesCycleDays(cycles)?.toNumber() ?? null;
}
