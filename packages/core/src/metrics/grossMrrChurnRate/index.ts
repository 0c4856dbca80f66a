import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Gross MRR churn rate: −(contraction + churn) ÷ MRR at the start.
 * Movements use the contract's signs (losses ≤ 0).
 *
 * @example
 * grossMrrChurnRate({ startingMrr: 1000, contraction: -20, churn: -30 }) //=> 0.05
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function grossMrrChurnRate(input: { startingMrr: ExactValue; contraction: ExactValue; churn: ExactValue }): number | null {
  return ratio(toExact(input.contraction).plus(toExact(input.churn)).neg(), toExact(input.startingMrr));
}
