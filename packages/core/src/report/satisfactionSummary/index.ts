import { recordArgument, wrongArgument } from '../../_lib/arguments/index.js';
import { cesOfCounts } from '../../metrics/ces/index.js';
import { csatOfCounts } from '../../metrics/csat/index.js';
import { npsOfCounts } from '../../metrics/nps/index.js';
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
 * @throws {TypeError} when an argument has the wrong structure (`satisfactionSummary: <argument> must be …`)
 *   index is past 10.
 */
export function satisfactionSummary(responses: ResponsesPerScore): SatisfactionSummary {
  const csatCounts = checkedCounts(responses, 'csat');
  const npsCounts = checkedCounts(responses, 'nps');
  const cesCounts = checkedCounts(responses, 'ces');
  return {
    csat: csatOfCounts(csatCounts),
    nps: npsOfCounts(npsCounts),
    ces: cesOfCounts(cesCounts),
    csatResponses: answerCount(csatCounts),
    npsResponses: answerCount(npsCounts),
    cesResponses: answerCount(cesCounts),
  };
}

/**
 * One type's counts per score, checked (the metrics read them as they are:
 * no list of answers is made, which cost more than counting them).
 */
function checkedCounts(responses: ResponsesPerScore, type: SurveyType): ArrayLike<number> {
  const counts = recordArgument(responses, 'satisfactionSummary', 'responses')[type];
  if (!Array.isArray(counts) && !ArrayBuffer.isView(counts)) {
    wrongArgument('satisfactionSummary', `responses.${type}`, 'counts per score (an array)', counts);
  }
  if (counts.length > SCORE_SLOTS) {
    throw new RangeError(`satisfactionSummary: ${type} has counts for scores up to ${counts.length - 1}; scores run from 0 to 10`);
  }
  for (let score = 0; score < counts.length; score++) {
    const count = counts[score] ?? 0;
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`satisfactionSummary: ${type} score ${score} has ${String(count)} responses; expected a non-negative integer`);
    }
  }
  return counts;
}

function answerCount(counts: ArrayLike<number>): number {
  let total = 0;
  for (let score = 0; score < counts.length; score++) total += counts[score] ?? 0;
  return total;
}
