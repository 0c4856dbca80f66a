import type { CustomerMrrTimelines } from '../../engine/customerMrr/index.js';

/**
 * Upgrades per month: customers whose MRR rose while they kept paying
 * (0 < previous < current, the contract's expansion movement), counted per
 * month from `firstMonth + 1`. Reads per-customer timelines from
 * `customerMrrTimelines`.
 *
 * @example
 * upgradeCount(customerMrrTimelines(valid.subscriptions, { from, to })) //=> [2, 0, 5]
 * @throws never
 */
export function upgradeCount(timelines: CustomerMrrTimelines): number[] {
  let months = 0;
  for (const timeline of timelines.customers.values()) months = Math.max(months, timeline.length - 1);
  const counts = new Array<number>(months).fill(0);
  for (const timeline of timelines.customers.values()) {
    timeline.forEach((current, i) => {
      const previous = timeline[i - 1];
      if (previous !== undefined && previous > 0n && current > previous) counts[i - 1] = (counts[i - 1] ?? 0) + 1;
    });
  }
  return counts;
}
