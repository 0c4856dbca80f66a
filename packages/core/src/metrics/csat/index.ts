import { scoresArgument } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';

/**
 * Customer satisfaction (CSAT): share of 1–5 answers that are 4 or 5.
 *
 * @example
 * csat([5, 4, 2, 1]) //=> 0.5
 * csat([]) //=> null
 * @throws {TypeError} when `scores` is not an array of integers; {RangeError} when a score is off the 1–5 scale
 */
export function csat(scores: readonly number[]): number | null {
  scoresArgument(scores, 'csat', 1, 5);
  let satisfied = 0;
  for (const score of scores) if (isSatisfied(score)) satisfied++;
  return ratio(satisfied, scores.length);
}

/**
 * {@link csat} of answers counted per score (`counts[s]` answers scored s),
 * as reports count them: no list of answers is made.
 *
 * @example
 * csatOfCounts([0, 1, 1, 0, 1, 1]) //=> 0.5 (the answers 5, 4, 2, 1)
 * @throws never
 */
export function csatOfCounts(counts: ArrayLike<number>): number | null {
  let satisfied = 0;
  let answers = 0;
  for (let score = 0; score < counts.length; score++) {
    const count = counts[score] ?? 0;
    answers += count;
    if (isSatisfied(score)) satisfied += count;
  }
  return ratio(satisfied, answers);
}

/** A 4 or a 5 is a satisfied answer. */
function isSatisfied(score: number): boolean {
  return score >= 4;
}
