import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Month-over-month MRR growth: (end − start) ÷ start.
 *
 * @example
 * mrrGrowthRate({ startingMrr: 1000, endingMrr: 1150 }) //=> 0.15
 * mrrGrowthRate({ startingMrr: 0, endingMrr: 50 }) //=> null
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function mrrGrowthRate(input: { startingMrr: ExactValue; endingMrr: ExactValue }): number | null {
  const start = toExact(input.startingMrr);
  return ratio(toExact(input.endingMrr).minus(start), start);
}
