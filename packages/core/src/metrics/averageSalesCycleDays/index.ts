import { ExactDecimal } from '../../engine/exact/index.js';
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
  return new ExactDecimal(totalMs).div(cycles.length * MS_PER_DAY);
}

/**
 * Average sales cycle: mean days (fractional) from creation to close.
 *
 * @example
 * averageSalesCycleDays([{ createdAt: Date.UTC(2024, 0, 1), closedAt: Date.UTC(2024, 0, 11, 12) }]) //=> 10.5
 * averageSalesCycleDays([]) //=> null
 * @throws never
 */
export function averageSalesCycleDays(cycles: readonly DealCycle[]): number | null {
  return exactSalesCycleDays(cycles)?.toNumber() ?? null;
}
