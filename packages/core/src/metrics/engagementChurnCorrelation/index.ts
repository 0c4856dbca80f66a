import { arrayArgument, numberArgument, recordArgument, wrongArgument } from '../../_lib/arguments/index.js';
import { ExactDecimal, ratio, toExact } from '../../engine/exact/index.js';

/** A customer's engagement and whether it churned afterwards. */
export interface EngagementOutcome {
  score: number;
  churned: boolean;
}

/**
 * Correlation of engagement with churn: Pearson's r between each customer's
 * engagement score and churn (1 churned, 0 stayed), the point-biserial
 * correlation, from −1 to 1. Negative is the healthy sign (engaged customers
 * stay). `null` with fewer than two customers or when scores or outcomes do
 * not vary.
 *
 * @example
 * engagementChurnCorrelation([{ score: 10, churned: false }, { score: 0, churned: true }]) //=> -1
 * engagementChurnCorrelation([{ score: 10, churned: false }]) //=> null
 * @throws {TypeError} when `outcomes` is not an array of `{ score, churned }` with a finite score and a boolean (`engagementChurnCorrelation: outcomes[3].score must be …`)
 */
export function engagementChurnCorrelation(outcomes: readonly EngagementOutcome[]): number | null {
  arrayArgument(outcomes, 'engagementChurnCorrelation', 'outcomes');
  const n = outcomes.length;
  // Scores repeat (counts of events × weights): each distinct score is converted once, × its count.
  const byScore = new Map<number, { customers: number; churned: number }>();
  let churned = 0;
  for (let i = 0; i < n; i++) {
    const outcome = outcomes[i];
    // Checked inline, paths built only on failure: the RevOps report passes one outcome per customer.
    if (typeof outcome !== 'object' || outcome === null || !Number.isFinite(outcome.score) || typeof outcome.churned !== 'boolean') {
      wrongOutcome(outcome, i);
    }
    const { score, churned: left } = outcome;
    let entry = byScore.get(score);
    if (!entry) byScore.set(score, (entry = { customers: 0, churned: 0 }));
    entry.customers++;
    if (left) {
      entry.churned++;
      churned++;
    }
  }
  if (n < 2) return null;
  let sumX = new ExactDecimal(0);
  let sumXX = new ExactDecimal(0);
  let sumXY = new ExactDecimal(0);
  for (const [score, entry] of byScore) {
    const x = toExact(score);
    sumX = sumX.plus(x.times(entry.customers));
    sumXX = sumXX.plus(x.times(x).times(entry.customers));
    sumXY = sumXY.plus(x.times(entry.churned));
  }
  // y is 0/1, so Σy = Σy² = churned.
  const covariance = sumXY.times(n).minus(sumX.times(churned));
  const spreadX = sumXX.times(n).minus(sumX.times(sumX));
  const spreadY = new ExactDecimal(churned * n - churned * churned);
  return ratio(covariance, spreadX.times(spreadY).sqrt());
}

function wrongOutcome(outcome: unknown, index: number): never {
  const path = `outcomes[${index}]`;
  const { score, churned } = recordArgument(outcome as EngagementOutcome, 'engagementChurnCorrelation', path);
  numberArgument(score, 'engagementChurnCorrelation', `${path}.score`);
  wrongArgument('engagementChurnCorrelation', `${path}.churned`, 'true or false', churned);
}
