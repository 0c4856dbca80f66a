import { checkInput } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';

/**
 * Customer retention rate of a month: 1 − customer churn rate, the share of
 * the customers paying at the end of the previous month still paying (the
 * seeds: churn is "the inverse of the retention rate").
 *
 * @example
 * customerRetentionRate({ churnedCustomers: 3, startingCustomers: 100 }) //=> 0.97
 * customerRetentionRate({ churnedCustomers: 0, startingCustomers: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`customerRetentionRate: input.<field> must be …`); {RangeError} when a count is negative
 */
export function customerRetentionRate(input: { churnedCustomers: number; startingCustomers: number }): number | null {
  checkInput(input, 'customerRetentionRate', { churnedCustomers: 'count', startingCustomers: 'count' });
  // Exact: 1 − 3/100 is 0.97, not 0.9700000000000001 (null for no starting customers).
  return ratio(input.startingCustomers - input.churnedCustomers, input.startingCustomers);
}
