import { checkInput } from '../../_lib/arguments/index.js';
import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Gross revenue retention (GRR): (start + contraction + churn) ÷ start, never
 * above 1 since expansion is left out.
 *
 * @example
 * grossRevenueRetention({ startingMrr: 1000, contraction: -20, churn: -30 }) //=> 0.95
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`grossRevenueRetention: input.<field> must be …`)
 */
export function grossRevenueRetention(input: { startingMrr: ExactValue; contraction: ExactValue; churn: ExactValue }): number | null {
  checkInput(input, 'grossRevenueRetention', { startingMrr: 'decimal', contraction: 'decimal', churn: 'decimal' });
  const start = toExact(input.startingMrr);
  return ratio(start.plus(toExact(input.contraction)).plus(toExact(input.churn)), start);
}
