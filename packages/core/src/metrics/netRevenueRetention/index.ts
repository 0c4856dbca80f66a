import { checkInput } from '../../_lib/arguments/index.js';
import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Net revenue retention (NRR): what the customers paying at the start pay now,
 * expansion included: (start + expansion + contraction + churn) ÷ start.
 * The usual health line is 110 % (1.1).
 *
 * @example
 * netRevenueRetention({ startingMrr: 1000, expansion: 150, contraction: -20, churn: -30 }) //=> 1.1
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`netRevenueRetention: input.<field> must be …`)
 */
export function netRevenueRetention(input: {
  startingMrr: ExactValue;
  expansion: ExactValue;
  contraction: ExactValue;
  churn: ExactValue;
}): number | null {
  checkInput(input, 'netRevenueRetention', { startingMrr: 'decimal', expansion: 'decimal', contraction: 'decimal', churn: 'decimal' });
  const start = toExact(input.startingMrr);
  return ratio(start.plus(toExact(input.expansion)).plus(toExact(input.contraction)).plus(toExact(input.churn)), start);
}
