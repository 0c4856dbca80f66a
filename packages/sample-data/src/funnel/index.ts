import type { FunnelStageInput } from '@revkit/core';
import type { Random } from '../random/index.js';

/**
 * Funnel stages from the top, with the range of the step conversion from
 * the stage above into each (Visitors has none).
 */
export const FUNNEL_STEPS: readonly (readonly [string, number, number])[] = [
  ['Leads', 0.02, 0.04],
  ['MQL', 0.25, 0.4],
  ['SQL', 0.35, 0.5],
  ['Opportunities', 0.45, 0.6],
  ['Customers', 0.22, 0.32],
];

/**
 * The acquisition funnel Visitors → Leads → MQL → SQL → Opportunities →
 * Customers that produced `customers` customers: each stage above is worked
 * back from the one below with a plausible step conversion, so counts never
 * grow down the funnel and the last stage is exactly the customer count.
 *
 * @example
 * funnelStages(random, 500)
 * //=> [{ stage: 'Visitors', count: 211234 }, { stage: 'Leads', count: 5988 }, …, { stage: 'Customers', count: 500 }]
 * @throws never
 */
export function funnelStages(random: Random, customers: number): FunnelStageInput[] {
  const stages: FunnelStageInput[] = [];
  let count = customers;
  for (const [stage, low, high] of [...FUNNEL_STEPS].reverse()) {
    stages.push({ stage, count });
    count = Math.ceil(count / (low + random() * (high - low)));
  }
  stages.push({ stage: 'Visitors', count });
  return stages.reverse();
}
