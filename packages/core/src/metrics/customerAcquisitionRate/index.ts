import { checkInput } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';

/**
 * Customer acquisition rate of a month: new customers ÷ customers at the end
 * of the previous month, the figure the seeds compare with the churn rate
 * (acquisition equal to churn means the customer base stops growing).
 *
 * @example
 * customerAcquisitionRate({ newCustomers: 5, startingCustomers: 100 }) //=> 0.05
 * customerAcquisitionRate({ newCustomers: 2, startingCustomers: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`customerAcquisitionRate: input.<field> must be …`); {RangeError} when a count is negative
 */
export function customerAcquisitionRate(input: { newCustomers: number; startingCustomers: number }): number | null {
  checkInput(input, 'customerAcquisitionRate', { newCustomers: 'count', startingCustomers: 'count' });
  return ratio(input.newCustomers, input.startingCustomers);
}
