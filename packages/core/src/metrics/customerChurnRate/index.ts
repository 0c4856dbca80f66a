import { ratio } from '../../engine/exact/index.js';

/**
 * Customer (logo) churn rate of a month: churned customers ÷ customers at the
 * end of the previous month.
 *
 * @example
 * customerChurnRate({ churnedCustomers: 3, startingCustomers: 100 }) //=> 0.03
 * customerChurnRate({ churnedCustomers: 0, startingCustomers: 0 }) //=> null
 * @throws never
 */
export function customerChurnRate(input: { churnedCustomers: number; startingCustomers: number }): number | null {
  return ratio(input.churnedCustomers, input.startingCustomers);
}
