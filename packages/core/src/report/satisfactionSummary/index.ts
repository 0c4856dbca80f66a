import { ces } from '../../metrics/ces/index.js';
import { csat } from '../../metrics/csat/index.js';
import { nps } from '../../metrics/nps/index.js';
import type { SatisfactionSummary, SurveyType } from '../../types.js';

/** Scores run from 0 to 10 at most (NPS), so one slot per possible score. */
export const SCORE_SLOTS = 11;

/**
 * Responses per score for each survey type: `responses.nps[9]` answers scored
 * 9. Indexes are scores (0–10); missing indexes count as no answer.
 */
export type ResponsesPerScore = Readonly<Record<SurveyType, ArrayLike<number>>>;

/**
 * The report's satisfaction section (CSAT, NPS, CES and their response
 * counts) from responses counted per score. The in-process report and
 * `@revkit/sql` both count per score (scores are small integers), so this is
 * the one place where those counts become figures.
 *
 * @example
 * satisfactionSummary({ csat: [0, 1, 0, 0, 1, 2], nps: [], ces: [] })
 * //=> { csat: 0.75, nps: null, ces: null, csatResponses: 4, npsResponses: 0, cesResponses: 0 }
 * @throws {RangeError} when a count is not a non-negative integer, or a score
 *   index is past 10.
 */
export function satisfactionSummary(responses: ResponsesPerScore): SatisfactionSummary {
  const csatScores = scoresOf(responses, 'csat');
  const npsScores = scoresOf(responses, 'nps');
  const cesScores = scoresOf(responses, 'ces');
  return {
    csat: csat(csatScores),
    nps: nps(npsScores),
    ces: ces(cesScores),
    csatResponses: csatScores.length,
    npsResponses: npsScores.length,
    cesResponses: cesScores.length,
  };
}

/** The scores of one type in ascending order, each repeated by its count (what the metrics read). */
function scoresOf(responses: ResponsesPerScore, type: SurveyType): number[] {
  const counts = responses[type];
  if (counts.length > SCORE_SLOTS) {
    throw new RangeError(`satisfactionSummary: ${type} has counts for scores up to ${counts.length - 1}; scores run from 0 to 10`);
  }
  let total = 0;
  for (let score = 0; score < counts.length; score++) {
    const count = counts[score] ?? 0;
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`satisfactionSummary: ${type} score ${score} has ${String(count)} responses; expected a non-negative integer`);
    }
    total += count;
  }
  const scores = new Array<number>(total);
  for (let score = 0, at = 0; score < counts.length; score++) {
    const count = counts[score] ?? 0;
    scores.fill(score, at, at + count);
    at += count;
  }
  return scores;
}
