import { checkInput } from '../../_lib/arguments/index.js';
import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Month-over-month MRR growth: (end − start) ÷ start.
 *
 * @example
 * mrrGrowthRate({ startingMrr: 1000, endingMrr: 1150 }) //=> 0.15
 * mrrGrowthRate({ startingMrr: 0, endingMrr: 50 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`mrrGrowthRate: input.<field> must be …`)
 */
export function mrrGrowthRate(input: { startingMrr: ExactValue; endingMrr: ExactValue }): number | null {
  checkInput(input, 'mrrGrowthRate', { startingMrr: 'decimal', endingMrr: 'decimal' });
  const start = toExact(input.startingMrr);
  return ratio(toExact(input.endingMrr).minus(start), start);
}
