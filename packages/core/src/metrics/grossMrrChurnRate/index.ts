import { checkInput } from '../../_lib/arguments/index.js';
import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Gross MRR churn rate: −(contraction + churn) ÷ MRR at the start.
 * Movements use the contract's signs (losses ≤ 0).
 *
 * @example
 * grossMrrChurnRate({ startingMrr: 1000, contraction: -20, churn: -30 }) //=> 0.05
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`grossMrrChurnRate: input.<field> must be …`)
 */
export function grossMrrChurnRate(input: { startingMrr: ExactValue; contraction: ExactValue; churn: ExactValue }): number | null {
  checkInput(input, 'grossMrrChurnRate', { startingMrr: 'decimal', contraction: 'decimal', churn: 'decimal' });
  return ratio(toExact(input.contraction).plus(toExact(input.churn)).neg(), toExact(input.startingMrr));
}
