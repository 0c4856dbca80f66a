import { scoresArgument } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';

/**
 * Net promoter score from 0–10 answers: 100 × (promoters 9–10 − detractors
 * 0–6) ÷ answers, from −100 to 100. The same formula gives eNPS on employee
 * answers.
 *
 * @example
 * nps([10, 9, 8, 3]) //=> 25
 * nps([]) //=> null
 * @throws {TypeError} when `scores` is not an array of integers; {RangeError} when a score is off the 0–10 scale
 */
export function nps(scores: readonly number[]): number | null {
  scoresArgument(scores, 'nps', 0, 10);
  let balance = 0;
  for (const score of scores) balance += promoterBalance(score);
  return npsOfBalance(balance, scores.length);
}

/**
 * {@link nps} of answers counted per score (`counts[s]` answers scored s),
 * as reports count them: no list of answers is made.
 *
 * @example
 * npsOfCounts([0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1]) //=> 25 (the answers 10, 9, 8, 3)
 * @throws never
 */
export function npsOfCounts(counts: ArrayLike<number>): number | null {
  let balance = 0;
  let answers = 0;
  for (let score = 0; score < counts.length; score++) {
    const count = counts[score] ?? 0;
    balance += promoterBalance(score) * count;
    answers += count;
  }
  return npsOfBalance(balance, answers);
}

/** +1 for a promoter (9–10), −1 for a detractor (0–6), 0 for a passive. */
function promoterBalance(score: number): number {
  return score >= 9 ? 1 : score <= 6 ? -1 : 0;
}

function npsOfBalance(balance: number, answers: number): number | null {
  return ratio(100 * balance, answers);
}
