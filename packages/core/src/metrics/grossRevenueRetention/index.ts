import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Gross revenue retention (GRR): (start + contraction + churn) ÷ start, never
 * above 1 since expansion is left out.
 *
 * @example
 * grossRevenueRetention({ startingMrr: 1000, contraction: -20, churn: -30 }) //=> 0.95
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function grossRevenueRetention(input: { startingMrr: ExactValue; contraction: ExactValue; churn: ExactValue }): number | null {
  const start = toExact(input.startingMrr);
  return ratio(start.plus(toExact(input.contraction)).plus(toExact(input.churn)), start);
}
