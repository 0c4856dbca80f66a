import type { Period } from '../../engine/options/index.js';
import type { BillingInterval } from '../../types.js';
import type { ValidSubscription } from '../../engine/validate/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';

/** Calendar months per billing interval, for interval counts that are months. */
const MONTHS_PER_INTERVAL: Partial<Record<BillingInterval, number>> = { month: 1, quarter: 3, year: 12 };
/** Days per interval for the intervals that are not whole months. */
const DAYS_PER_INTERVAL: Partial<Record<BillingInterval, number>> = { day: 1, week: 7 };

/** The same day-of-month `months` later, clamped to the month's last day (Jan 31 + 1 → Feb 29). */
function addCalendarMonths(instant: number, months: number): number {
  const date = new Date(instant);
  const target = new Date(instant);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.getTime();
}

/**
 * Renewals: how many times a subscription's term came to an end in the
 * period and the subscription went on (it is still active at that instant).
 * A term is `intervalCount` billing intervals from `start`. By default only
 * terms of 12 months or more count (contract renewals; monthly plans "renew"
 * every month); `minimumTermMonths` changes that.
 *
 * @example
 * renewalCount(valid.subscriptions, { period: periodOfMonths('2024-01', '2024-12') }) //=> 14
 * @throws never
 */
export function renewalCount(
  subscriptions: readonly ValidSubscription[],
  options: { period: Period; minimumTermMonths?: number },
): number {
  const { period } = options;
  const minimumTermMonths = options.minimumTermMonths ?? 12;
  let renewals = 0;
  for (const sub of subscriptions) {
    const months = MONTHS_PER_INTERVAL[sub.interval];
    const termMonths = months === undefined ? ((DAYS_PER_INTERVAL[sub.interval]! * sub.intervalCount) / 365) * 12 : months * sub.intervalCount;
    if (termMonths < minimumTermMonths) continue;
    const stop = sub.end === null ? period.end : Math.min(sub.end, period.end);
    for (let k = 1; ; k++) {
      const boundary =
        months === undefined
          ? sub.start + k * sub.intervalCount * DAYS_PER_INTERVAL[sub.interval]! * MS_PER_DAY
          : addCalendarMonths(sub.start, k * months * sub.intervalCount);
      // Still active at the boundary: an end exactly there is a non-renewal.
      if (boundary >= stop) break;
      if (boundary >= period.start) renewals++;
    }
  }
  return renewals;
}
