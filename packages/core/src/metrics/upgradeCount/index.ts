import { recordArgument, wrongArgument } from '../../_lib/arguments/index.js';
import type { CustomerMrrTimelines } from '../../engine/customerMrr/index.js';

/**
 * Upgrades per month: customers whose MRR rose while they kept paying
 * (0 < previous < current, the contract's expansion movement), counted per
 * month from `firstMonth + 1`. Reads per-customer timelines from
 * `customerMrrTimelines`.
 *
 * @example
 * upgradeCount(customerMrrTimelines(valid.subscriptions, { from, to })) //=> [2, 0, 5]
 * @throws {TypeError} when an argument has the wrong structure (`upgradeCount: <argument> must be …`)
 */
export function upgradeCount(timelines: CustomerMrrTimelines): number[] {
  recordArgument(timelines, 'upgradeCount', 'timelines');
  if (!(timelines.customers instanceof Map)) wrongArgument('upgradeCount', 'timelines.customers', "a Map (customerMrrTimelines' result)", timelines.customers);
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
