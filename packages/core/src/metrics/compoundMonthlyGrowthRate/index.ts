import { checkInput } from '../../_lib/arguments/index.js';
import { ExactDecimal, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Compound monthly growth rate (CMGR) over `months` months:
 * (ending ÷ starting)^(1 ÷ months) − 1, the constant monthly rate that leads
 * from the first value to the last. Launch-stage SaaS aims at 15 % a month.
 * `null` when months < 1, the starting value is not positive, or the ending
 * value is negative.
 *
 * @example
 * compoundMonthlyGrowthRate({ startingValue: 100, endingValue: 121, months: 2 }) //=> 0.1
 * compoundMonthlyGrowthRate({ startingValue: 0, endingValue: 121, months: 2 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`compoundMonthlyGrowthRate: input.<field> must be …`)
 */
export function compoundMonthlyGrowthRate(input: { startingValue: ExactValue; endingValue: ExactValue; months: number }): number | null {
  checkInput(input, 'compoundMonthlyGrowthRate', { startingValue: 'decimal', endingValue: 'decimal', months: 'number' });
  const start = toExact(input.startingValue);
  const end = toExact(input.endingValue);
  if (!Number.isInteger(input.months) || input.months < 1 || start.lte(0) || end.isNegative()) return null;
  const rate = end.div(start).pow(new ExactDecimal(1).div(input.months)).minus(1);
  // 60 significant digits: rounding the root to 15 places keeps exact rates (0.1) exact.
  const result = rate.toDecimalPlaces(15).toNumber();
  return result === 0 ? 0 : result;
}
