import { checkInput } from '../../_lib/arguments/index.js';
import { toExact, toMoney, type ExactDecimal, type ExactValue } from '../../engine/exact/index.js';
import type { GrossMarginOption } from '../../engine/options/index.js';

/**
 * Customer lifetime value by the subscription formula: ARPA × gross margin ÷
 * monthly customer churn rate (1 ÷ churn is the expected lifetime in months).
 * Gross margin is an option (default 1, i.e. revenue CLV); a negative margin
 * gives a negative CLV. `null` when ARPA or churn is unknown or churn is 0.
 *
 * @example
 * customerLifetimeValue({ arpa: 100, customerChurnRate: 0.02 }, { grossMargin: 0.8 }) //=> 4000
 * customerLifetimeValue({ arpa: 100, customerChurnRate: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`customerLifetimeValue: input.<field> must be …`)
 */
export function customerLifetimeValue(
  input: { arpa: ExactValue | null; customerChurnRate: ExactValue | null },
  options: GrossMarginOption = {},
): number | null {
  checkInput(input, 'customerLifetimeValue', { arpa: 'decimal | null', customerChurnRate: 'decimal | null' });
  checkInput(options, 'customerLifetimeValue', { grossMargin: 'decimal?' }, 'options');
  const clv = exactCustomerLifetimeValue(input, options);
  return clv === null ? null : toMoney(clv);
}

/**
 * {@link customerLifetimeValue} before rounding, for ratios built on it (CLV:CAC) so they round only once.
 *
 * @example
 * exactCustomerLifetimeValue({ arpa: 100, customerChurnRate: '0.03' })?.toFixed(4) //=> '3333.3333'
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function exactCustomerLifetimeValue(
  input: { arpa: ExactValue | null; customerChurnRate: ExactValue | null },
  options: GrossMarginOption = {},
): ExactDecimal | null {
  if (input.arpa === null || input.customerChurnRate === null) return null;
  const churn = toExact(input.customerChurnRate);
  if (churn.isZero()) return null;
  return toExact(input.arpa).times(toExact(options.grossMargin ?? 1)).div(churn);
}
