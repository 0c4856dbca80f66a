import { ratio } from '../../engine/exact/index.js';

/**
 * Net promoter score from 0–10 answers: 100 × (promoters 9–10 − detractors
 * 0–6) ÷ answers, from −100 to 100. The same formula gives eNPS on employee
 * answers.
 *
 * @example
 * nps([10, 9, 8, 3]) //=> 25
 * nps([]) //=> null
 * @throws never
 */
export function nps(scores: readonly number[]): number | null {
  let balance = 0;
  for (const score of scores) {
    if (score >= 9) balance++;
    else if (score <= 6) balance--;
  }
  return ratio(100 * balance, scores.length);
}
