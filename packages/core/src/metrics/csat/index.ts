import { ratio } from '../../engine/exact/index.js';

/**
 * Customer satisfaction (CSAT): share of 1–5 answers that are 4 or 5.
 *
 * @example
 * csat([5, 4, 2, 1]) //=> 0.5
 * csat([]) //=> null
 * @throws never
 */
export function csat(scores: readonly number[]): number | null {
  let satisfied = 0;
  for (const score of scores) if (score >= 4) satisfied++;
  return ratio(satisfied, scores.length);
}
