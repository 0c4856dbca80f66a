import type { Period } from '../../engine/options/index.js';
import type { BillingInterval } from '../../types.js';
import type { ValidSubscription } from '../../engine/validate/index.js';
import type { SubscriptionColumns } from '../../engine/subscriptionColumns/index.js';
import { addCalendarMonths, monthBoundary, monthOfInstant } from '../../engine/month/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';

/** Calendar months per billing interval, for interval counts that are months. */
const MONTHS_PER_INTERVAL: Partial<Record<BillingInterval, number>> = { month: 1, quarter: 3, year: 12 };
/** Days per interval for the intervals that are not whole months. */
const DAYS_PER_INTERVAL: Partial<Record<BillingInterval, number>> = { day: 1, week: 7 };

/** A term's length in months (fractional for day and week terms: 365 days = 12 months). */
function termMonths(interval: BillingInterval, intervalCount: number): number {
  const months = MONTHS_PER_INTERVAL[interval];
  return months === undefined ? ((DAYS_PER_INTERVAL[interval]! * intervalCount) / 365) * 12 : months * intervalCount;
}

/**
 * Calls `visit` with each instant a term of the subscription ends before
 * `stop`, in order: the k-th term ends k × intervalCount intervals after
 * `start` (calendar months keep the day of the month, clamped).
 */
function eachTermEnd(start: number, interval: BillingInterval, intervalCount: number, stop: number, visit: (boundary: number) => void): void {
  const months = MONTHS_PER_INTERVAL[interval];
  for (let k = 1; ; k++) {
    const boundary =
      months === undefined
        ? start + k * intervalCount * DAYS_PER_INTERVAL[interval]! * MS_PER_DAY
        : addCalendarMonths(start, k * months * intervalCount);
    if (boundary >= stop) return;
    visit(boundary);
  }
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
    if (termMonths(sub.interval, sub.intervalCount) < minimumTermMonths) continue;
    // Still active at the boundary: an end exactly there is a non-renewal.
    const stop = sub.end === null ? period.end : Math.min(sub.end, period.end);
    eachTermEnd(sub.start, sub.interval, sub.intervalCount, stop, (boundary) => {
      if (boundary >= period.start) renewals++;
    });
  }
  return renewals;
}

/**
 * {@link renewalCount} for every month from `from` to `to` at once, on
 * subscription columns: one walk over each subscription's terms instead of
 * one per month. A month's renewals do not depend on the range, so the counts
 * of the whole history up to `to` are kept per columns (and minimum term) and
 * a later range inside them (a period change) is a cut. Entry i is the month
 * `from + i`.
 *
 * @example
 * renewalsByMonth(subscriptionColumnsOf(valid), { from: 24288, to: 24299 }) //=> [1, 0, 2, …]
 * @throws never
 */
export function renewalsByMonth(
  columns: SubscriptionColumns,
  options: { from: number; to: number; minimumTermMonths?: number },
): number[] {
  const { from, to } = options;
  const minimumTermMonths = options.minimumTermMonths ?? 12;
  let byTerm = renewalHistories.get(columns);
  if (!byTerm) renewalHistories.set(columns, (byTerm = new Map()));
  let history = byTerm.get(minimumTermMonths);
  if (history === undefined || history.to < to) {
    history = renewalHistory(columns, to, minimumTermMonths);
    byTerm.set(minimumTermMonths, history);
  }
  const { first, counts } = history;
  // Before the first subscription: no renewal.
  return Array.from({ length: Math.max(to - from + 1, 0) }, (_, i) => counts[from + i - first] ?? 0);
}

const renewalHistories = new WeakMap<SubscriptionColumns, Map<number, { first: number; to: number; counts: Int32Array }>>();

/** Renewals per month from the first subscription's month to `to`. */
function renewalHistory(columns: SubscriptionColumns, to: number, minimumTermMonths: number): { first: number; to: number; counts: Int32Array } {
  const { termsTable, terms, start, end } = columns;
  let earliest = Infinity;
  for (let i = 0; i < columns.count; i++) if (start[i]! < earliest) earliest = start[i]!;
  const first = earliest === Infinity ? to : Math.min(monthOfInstant(earliest), to);
  const counts = new Int32Array(to - first + 1);
  const rangeEnd = monthBoundary(to);
  const count = (boundary: number): void => {
    counts[monthOfInstant(boundary) - first]!++;
  };
  const long = termsTable.map((t) => termMonths(t.interval, t.intervalCount) >= minimumTermMonths);
  for (let i = 0; i < columns.count; i++) {
    const row = terms[i]!;
    if (!long[row]) continue;
    const { interval, intervalCount } = termsTable[row]!;
    eachTermEnd(start[i]!, interval, intervalCount, Math.min(end[i]!, rangeEnd), count);
  }
  return { first, to, counts };
}
