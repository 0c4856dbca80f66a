import { decimalsArgument } from '../../_lib/arguments/index.js';
import { ExactDecimal, toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';

/**
 * Exact mean of amounts, or `null` for none.
 *
 * @example
 * exactMean(['1', '2']).toString() //=> '1.5'
 * @throws {TypeError} when an amount is not a decimal (`toExact: …`)
 */
export function exactMean(amounts: readonly ExactValue[]): ExactDecimal | null {
  if (amounts.length === 0) return null;
  let sum = new ExactDecimal(0);
  for (const amount of amounts) sum = sum.plus(toExact(amount));
  return sum.div(amounts.length);
}

/**
 * Average deal size: the mean amount of won deals, rounded to cents.
 *
 * @example
 * averageDealSize(['999.99', '1000.01']) //=> 1000
 * averageDealSize([]) //=> null
 * @throws {TypeError} when `wonAmounts` is not an array of decimals (`averageDealSize: wonAmounts[1] must be …`)
 */
export function averageDealSize(wonAmounts: readonly ExactValue[]): number | null {
  decimalsArgument(wonAmounts, 'averageDealSize', 'wonAmounts');
  const mean = exactMean(wonAmounts);
  return mean === null ? null : toMoney(mean);
}
