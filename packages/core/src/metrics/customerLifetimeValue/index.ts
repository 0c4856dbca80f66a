import { toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';
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
 * @throws {Error} from decimal.js when a value is not a decimal
 */
export function customerLifetimeValue(
  input: { arpa: ExactValue | null; customerChurnRate: ExactValue | null },
  options: GrossMarginOption = {},
): number | null {
  if (input.arpa === null || input.customerChurnRate === null) return null;
  const churn = toExact(input.customerChurnRate);
  if (churn.isZero()) return null;
  return toMoney(toExact(input.arpa).times(toExact(options.grossMargin ?? 1)).div(churn));
}
