import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Net MRR churn rate: −(contraction + churn + expansion) ÷ MRR at the start;
 * negative when expansion outweighs losses ("negative churn").
 *
 * @example
 * netMrrChurnRate({ startingMrr: 1000, expansion: 80, contraction: -20, churn: -30 }) //=> -0.03
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function netMrrChurnRate(input: {
  startingMrr: ExactValue;
  expansion: ExactValue;
  contraction: ExactValue;
  churn: ExactValue;
}): number | null {
  const losses = toExact(input.contraction).plus(toExact(input.churn)).plus(toExact(input.expansion));
  return ratio(losses.neg(), toExact(input.startingMrr));
}
