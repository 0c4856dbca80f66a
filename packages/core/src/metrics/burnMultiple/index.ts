import { checkInput } from '../../_lib/arguments/index.js';
import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Burn multiple: net burn ÷ net new ARR over the same period, how much cash
 * each new unit of ARR costs (below 1 is excellent, above 2 is a warning).
 * Net burn is costs − recurring revenue of the period; a value ≤ 0 means the
 * growth paid for itself. `null` when net new ARR is zero or negative (no
 * growth to pay for).
 *
 * @example
 * burnMultiple({ netBurn: '300000', netNewArr: '200000' }) //=> 1.5
 * burnMultiple({ netBurn: '300000', netNewArr: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`burnMultiple: input.<field> must be …`)
 */
export function burnMultiple(input: { netBurn: ExactValue; netNewArr: ExactValue }): number | null {
  checkInput(input, 'burnMultiple', { netBurn: 'decimal', netNewArr: 'decimal' });
  if (toExact(input.netNewArr).isNegative()) return null;
  return ratio(input.netBurn, input.netNewArr);
}
