import { checkedDecimal, iterableArgument, recordArgument } from '../../_lib/arguments/index.js';
import { ExactDecimal, ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/** One customer's MRR at the start of a range (end of the month before it) and at its end. */
export interface CustomerMrrChange {
  starting: ExactValue;
  ending: ExactValue;
}

/**
 * Net revenue retention over a range (12 months for the seeds' 110 % line):
 * what the customers paying at the start pay at the end, expansion,
 * contraction and churn included, ÷ what they paid at the start. Customers
 * new in the range are left out (they were not there to retain); a customer
 * who left and came back counts with what they pay at the end. `null` when
 * nobody paid at the start.
 *
 * @example
 * netRevenueRetentionOverRange([{ starting: 100, ending: 130 }, { starting: 100, ending: 0 }, { starting: 0, ending: 500 }]) //=> 0.65
 * @throws {TypeError} when `customers` is not an iterable of `{ starting, ending }` decimals (`netRevenueRetentionOverRange: customers[2].ending must be …`)
 */
export function netRevenueRetentionOverRange(customers: Iterable<CustomerMrrChange>): number | null {
  let starting = new ExactDecimal(0);
  let ending = new ExactDecimal(0);
  let i = 0;
  for (const customer of iterableArgument(customers, 'netRevenueRetentionOverRange', 'customers')) {
    const { start, end } = exactChange(customer, 'netRevenueRetentionOverRange', i++);
    if (start.lte(0)) continue;
    starting = starting.plus(start);
    ending = ending.plus(end);
  }
  return ratio(ending, starting);
}

/**
 * A customer's starting and ending MRR, checked and exact: the one reading of
 * a {@link CustomerMrrChange} for both retention-over-range metrics.
 *
 * @example
 * exactChange({ starting: 100, ending: '130.5' }, 'netRevenueRetentionOverRange', 0).end.toString() //=> '130.5'
 * @throws {TypeError} when the change is not an object of two decimals (`caller: customers[i].starting must be …`)
 */
export function exactChange(customer: CustomerMrrChange, caller: string, index: number): { start: ExactDecimal; end: ExactDecimal } {
  const path = `customers[${index}]`;
  recordArgument(customer, caller, path);
  return {
    start: toExact(checkedDecimal(customer.starting, caller, `${path}.starting`)),
    end: toExact(checkedDecimal(customer.ending, caller, `${path}.ending`)),
  };
}
