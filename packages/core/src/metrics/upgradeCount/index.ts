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
    for (let i = 1; i < timeline.length; i++) {
      const previous = timeline[i - 1]!;
      if (previous > 0n && timeline[i]! > previous) counts[i - 1]!++;
    }
  }
  return counts;
}
