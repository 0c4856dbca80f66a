import { ratio } from '../exact/index.js';

/**
 * Customer effort score: the mean 1–7 answer (lower effort is better on the
 * usual "how easy" wording, higher is better on "the company made it easy").
 *
 * @example
 * ces([5, 2, 1, 2]) //=> 2.5
 * ces([]) //=> null
 * @throws never
 */
export function ces(scores: readonly number[]): number | null {
  let total = 0;
  for (const score of scores) total += score;
  return ratio(total, scores.length);
}
