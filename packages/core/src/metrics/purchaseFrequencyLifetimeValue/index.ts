import { checkInput } from '../../_lib/arguments/index.js';
import { toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';

/**
 * Customer lifetime value by purchase frequency: average purchase frequency
 * over a customer's lifetime × average transaction value. For a subscription
 * business each paid month is a transaction: value = revenue ÷ paid
 * customer-months, frequency = paid customer-months ÷ customers. `null` when
 * either factor is unknown.
 *
 * @example
 * purchaseFrequencyLifetimeValue({ averageTransactionValue: '40', purchaseFrequency: 10 }) //=> 400
 * purchaseFrequencyLifetimeValue({ averageTransactionValue: null, purchaseFrequency: 10 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`purchaseFrequencyLifetimeValue: input.<field> must be …`)
 */
export function purchaseFrequencyLifetimeValue(input: {
  averageTransactionValue: ExactValue | null;
  purchaseFrequency: ExactValue | null;
}): number | null {
  checkInput(input, 'purchaseFrequencyLifetimeValue', { averageTransactionValue: 'decimal | null', purchaseFrequency: 'decimal | null' });
  if (input.averageTransactionValue === null || input.purchaseFrequency === null) return null;
  return toMoney(toExact(input.averageTransactionValue).times(toExact(input.purchaseFrequency)));
}
