import { scoresArgument } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';

/**
 * Customer effort score (CES): the mean answer, on a 1–7 agreement scale, to
 * "The company made it easy for me to handle my issue" (1 = strongly
 * disagree, 7 = strongly agree). **Higher is better**: 7 means the customer
 * had no effort to make. This is the convention of the metric catalog
 * (`getMetric('ces')`: polarity `higher-is-better`).
 *
 * The alternative wording, "How much effort did you personally have to put
 * forth to handle your request?" (1 = very low effort), scores the other way:
 * on it lower is better. Convert such answers with `8 − score` before calling
 * `ces`, so that every CES revkit reports reads the same way.
 *
 * @example
 * ces([5, 2, 1, 2]) //=> 2.5
 * ces([]) //=> null
 * @throws {TypeError} when `scores` is not an array of integers; {RangeError} when a score is off the 1–7 scale
 */
export function ces(scores: readonly number[]): number | null {
  scoresArgument(scores, 'ces', 1, 7);
  let total = 0;
  for (const score of scores) total += score;
  return meanAnswer(total, scores.length);
}

/**
 * {@link ces} of answers counted per score (`counts[s]` answers scored s),
 * as reports count them: no list of answers is made.
 *
 * @example
 * cesOfCounts([0, 1, 2, 0, 0, 1]) //=> 2.5 (the answers 5, 2, 1, 2)
 * @throws never
 */
export function cesOfCounts(counts: ArrayLike<number>): number | null {
  let total = 0;
  let answers = 0;
  for (let score = 0; score < counts.length; score++) {
    const count = counts[score] ?? 0;
    total += score * count;
    answers += count;
  }
  return meanAnswer(total, answers);
}

/** The score is the mean answer, rounded once from the exact ratio. */
function meanAnswer(total: number, answers: number): number | null {
  return ratio(total, answers);
}
