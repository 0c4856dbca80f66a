import { checkInput } from '../../_lib/arguments/index.js';
import { toExact, type ExactValue } from '../../engine/exact/index.js';
import { moneyRatio } from '../../engine/moneyRatio/index.js';

/**
 * Customer lifetime value by history: what customers actually brought in
 * over their lifetime minus what acquiring and serving them cost, per
 * customer: (lifetime revenue − acquisition costs − service costs) ÷ customers.
 * May be negative. `null` without customers.
 *
 * @example
 * historicalCustomerLifetimeValue({ lifetimeRevenue: '40000', acquisitionCosts: '10000', serviceCosts: '6000', customers: 60 }) //=> 400
 * historicalCustomerLifetimeValue({ lifetimeRevenue: 0, acquisitionCosts: 0, serviceCosts: 0, customers: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`historicalCustomerLifetimeValue: input.<field> must be …`); {RangeError} when a count is negative
 */
export function historicalCustomerLifetimeValue(input: {
  lifetimeRevenue: ExactValue;
  acquisitionCosts: ExactValue;
  serviceCosts: ExactValue;
  customers: number;
}): number | null {
  checkInput(input, 'historicalCustomerLifetimeValue', { lifetimeRevenue: 'decimal', acquisitionCosts: 'decimal', serviceCosts: 'decimal', customers: 'count' });
  const net = toExact(input.lifetimeRevenue).minus(toExact(input.acquisitionCosts)).minus(toExact(input.serviceCosts));
  return moneyRatio(net, input.customers);
}
