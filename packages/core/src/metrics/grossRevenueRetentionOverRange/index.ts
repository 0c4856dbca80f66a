import { iterableArgument } from '../../_lib/arguments/index.js';
import { ExactDecimal, ratio } from '../../engine/exact/index.js';
import { exactChange, type CustomerMrrChange } from '../netRevenueRetentionOverRange/index.js';

/**
 * Gross revenue retention over a range: like net revenue retention over the
 * range, but each customer counts for at most what they paid at the start
 * (expansion left out), so it never exceeds 1. `null` when nobody paid at
 * the start.
 *
 * @example
 * grossRevenueRetentionOverRange([{ starting: 100, ending: 130 }, { starting: 100, ending: 60 }]) //=> 0.8
 * @throws {TypeError} when `customers` is not an iterable of `{ starting, ending }` decimals (`grossRevenueRetentionOverRange: customers[2].ending must be …`)
 */
export function grossRevenueRetentionOverRange(customers: Iterable<CustomerMrrChange>): number | null {
  let starting = new ExactDecimal(0);
  let kept = new ExactDecimal(0);
  let i = 0;
  for (const customer of iterableArgument(customers, 'grossRevenueRetentionOverRange', 'customers')) {
    const { start, end } = exactChange(customer, 'grossRevenueRetentionOverRange', i++);
    if (start.lte(0)) continue;
    starting = starting.plus(start);
    kept = kept.plus(ExactDecimal.min(start, end));
  }
  return ratio(kept, starting);
}
