import { checkInput } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';

/**
 * Customer (logo) churn rate of a month: churned customers ÷ customers at the
 * end of the previous month.
 *
 * @example
 * customerChurnRate({ churnedCustomers: 3, startingCustomers: 100 }) //=> 0.03
 * customerChurnRate({ churnedCustomers: 0, startingCustomers: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`customerChurnRate: input.<field> must be …`); {RangeError} when a count is negative
 */
export function customerChurnRate(input: { churnedCustomers: number; startingCustomers: number }): number | null {
  checkInput(input, 'customerChurnRate', { churnedCustomers: 'count', startingCustomers: 'count' });
  return ratio(input.churnedCustomers, input.startingCustomers);
}
