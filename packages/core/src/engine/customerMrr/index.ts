import { activeUntilMonth, firstActiveMonth, monthlyAmountFraction, overCommonDenominator } from '../ledger/index.js';
import type { ValidSubscription } from '../validate/index.js';
import { itemAt } from '../../_lib/itemAt/index.js';

/** Each customer's exact MRR per month: numerators over one common denominator. */
export interface CustomerMrrTimelines {
  /** Common denominator of every numerator. */
  denominator: bigint;
  /** Month index of entry 0 (the month before the range, like the ledger's row 0). */
  firstMonth: number;
  /** Per customer id: MRR numerators at the end of each month from `firstMonth` to `to`. */
  customers: Map<string, bigint[]>;
}

/**
 * Per-customer MRR at the end of each month from `from − 1` to `to`, exact,
 * for the metrics that need to follow single customers (upgrades, engagement
 * against churn). The contract's totals come from the ledger; this is its
 * per-customer view, built on the same monthly amount and activity rule
 * (active at the end of M ⇔ month(start) ≤ M < month(end)).
 *
 * @example
 * const timelines = customerMrrTimelines(valid.subscriptions, { from: 24288, to: 24299 })
 * timelines.customers.get('cus_1')?.length //=> 13
 * @throws never
 */
export function customerMrrTimelines(
  subscriptions: readonly ValidSubscription[],
  range: { from: number; to: number },
): CustomerMrrTimelines {
  const firstMonth = range.from - 1;
  const length = range.to - firstMonth + 1;
  const { denominator, numerators } = overCommonDenominator(subscriptions.map((sub) => monthlyAmountFraction(sub)));

  const customers = new Map<string, bigint[]>();
  for (const [i, sub] of subscriptions.entries()) {
    const first = Math.max(firstActiveMonth(sub) - firstMonth, 0);
    const until = Math.min(activeUntilMonth(sub) - firstMonth, length);
    if (until <= first) continue;
    const numerator = itemAt(numerators, i, 'customerMrrTimelines');
    let timeline = customers.get(sub.customerId);
    if (!timeline) {
      timeline = new Array<bigint>(length).fill(0n);
      customers.set(sub.customerId, timeline);
    }
    for (let m = first; m < until; m++) timeline[m] = itemAt(timeline, m, 'customerMrrTimelines') + numerator;
  }
  return { denominator, firstMonth, customers };
}
