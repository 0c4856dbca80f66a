import { checkInput } from '../../_lib/arguments/index.js';
import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Net MRR churn rate: −(contraction + churn + expansion) ÷ MRR at the start;
 * negative when expansion outweighs losses ("negative churn").
 *
 * @example
 * netMrrChurnRate({ startingMrr: 1000, expansion: 80, contraction: -20, churn: -30 }) //=> -0.03
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`netMrrChurnRate: input.<field> must be …`)
 */
export function netMrrChurnRate(input: {
  startingMrr: ExactValue;
  expansion: ExactValue;
  contraction: ExactValue;
  churn: ExactValue;
}): number | null {
  checkInput(input, 'netMrrChurnRate', { startingMrr: 'decimal', expansion: 'decimal', contraction: 'decimal', churn: 'decimal' });
  const losses = toExact(input.contraction).plus(toExact(input.churn)).plus(toExact(input.expansion));
  return ratio(losses.neg(), toExact(input.startingMrr));
}
