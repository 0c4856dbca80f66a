import { itemAt } from '@revkit/core';

/**
 * How many signups each calendar month gets relative to an average month:
 * strong after New Year and in autumn, weak in summer and December.
 */
export const SIGNUP_SEASONALITY: readonly number[] = [1.2, 1.1, 1.1, 1.0, 1.0, 0.9, 0.7, 0.65, 1.1, 1.2, 1.1, 0.65];

/** Month-over-month growth of signups, the trend under the seasons. */
export const SIGNUP_GROWTH = 0.02;

/**
 * The relative signup weight of a month: trend times season.
 *
 * @param monthIndex month index (year × 12 + month − 1)
 * @param offset months since the first generated month
 * @example
 * signupWeight(2024 * 12 + 7, 0) //=> 0.65 (an August, first month)
 * @throws never
 */
export function signupWeight(monthIndex: number, offset: number): number {
  return itemAt(SIGNUP_SEASONALITY, monthIndex % 12, 'signupWeight') * (1 + SIGNUP_GROWTH) ** offset;
}

/**
 * Splits a total into integer parts proportional to weights, by largest
 * remainder, so the parts always add up to the total.
 *
 * @example
 * apportion(10, [1, 1, 2]) //=> [3, 2, 5] (ties go to the earlier part)
 * @throws {RangeError} when there are no weights or they sum to 0
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  let sum = 0;
  for (const weight of weights) sum += weight;
  if (weights.length === 0 || !(sum > 0)) throw new RangeError('apportion: weights must sum to more than 0');
  const shares = weights.map((weight, index) => {
    const exact = (total * weight) / sum;
    const part = Math.floor(exact);
    return { index, part, remainder: exact - part };
  });
  let left = total - shares.reduce((a, share) => a + share.part, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  while (left > 0) {
    for (const share of byRemainder) {
      if (left === 0) break;
      share.part++;
      left--;
    }
  }
  return shares.map((share) => share.part);
}
