import { arrayArgument, checkInput, wrongArgument } from '../../_lib/arguments/index.js';
import { inPeriod, type EventWeightsOption, type PeriodOption } from '../../engine/options/index.js';
import { sortedEntries } from '../../_lib/sortedEntries/index.js';
import type { ValidUsage } from '../../engine/validate/index.js';

/** One customer's engagement score. */
export interface CustomerEngagement {
  customerId: string;
  /** Σ weight(event) × count over the period. */
  score: number;
}

/**
 * Customer engagement score: weighted usage events, Σ weight × count per
 * customer over the period, customers sorted by id. Weights are an option
 * (an export may count 5 logins); unlisted events weigh `defaultWeight`
 * (default 1, 0 ignores them).
 *
 * @example
 * engagementScores(valid.usage!, { weights: { login: 1, report_exported: 5 } })
 * //=> [{ customerId: 'cus_1', score: 42 }, …]
 * @throws {TypeError} when `usage` is not an array of validated usage records or an option has the wrong type (`engagementScores: usage[4] must be …`)
 */
export function engagementScores(usage: readonly ValidUsage[], options: PeriodOption & EventWeightsOption = {}): CustomerEngagement[] {
  arrayArgument(usage, 'engagementScores', 'usage');
  checkInput(options, 'engagementScores', { period: 'object?', weights: 'object?', defaultWeight: 'number?' }, 'options');
  const weights = options.weights ?? {};
  const defaultWeight = options.defaultWeight ?? 1;
  const scores = new Map<string, number>();
  for (const [index, record] of usage.entries()) {
    if (typeof record !== 'object' || record === null || typeof record.customerId !== 'string' || typeof record.event !== 'string' || !Number.isFinite(record.date) || !Number.isFinite(record.count)) {
      wrongArgument('engagementScores', `usage[${index}]`, "a validated usage record (validateDataset's usage)", record);
    }
    if (!inPeriod(record.date, options.period)) continue;
    const weight = (Object.hasOwn(weights, record.event) ? weights[record.event] : undefined) ?? defaultWeight;
    scores.set(record.customerId, (scores.get(record.customerId) ?? 0) + weight * record.count);
  }
  return sortedEntries(scores).map(([customerId, score]) => ({ customerId, score }));
}
