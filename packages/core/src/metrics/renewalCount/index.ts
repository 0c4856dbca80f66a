import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import type { Period } from '../../engine/options/index.js';
import type { BillingInterval } from '../../types.js';
import type { ValidSubscription } from '../../engine/validate/index.js';
import type { SubscriptionColumns } from '../../engine/subscriptionColumns/index.js';
import { addCalendarMonths, monthBoundary, monthOfInstant } from '../../engine/month/index.js';
import { checkRows, int32At, itemAt } from '../../_lib/itemAt/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';

/** Calendar months per billing interval (`null` for the intervals counted in days). */
const MONTHS_PER_INTERVAL: Record<BillingInterval, number | null> = { day: null, week: null, month: 1, quarter: 3, year: 12 };
/** Days per interval for the intervals that are not whole months. */
const DAYS_PER_INTERVAL: Record<BillingInterval, number> = { day: 1, week: 7, month: 0, quarter: 0, year: 0 };

/** A term's length in months (fractional for day and week terms: 365 days = 12 months). */
function termMonths(interval: BillingInterval, intervalCount: number): number {
  const months = MONTHS_PER_INTERVAL[interval];
  return months === null ? ((DAYS_PER_INTERVAL[interval] * intervalCount) / 365) * 12 : months * intervalCount;
}

/**
 * Calls `visit` with each instant a term of the subscription ends at or
 * after `notBefore` and before `stop`, in order: the k-th term ends k ×
 * intervalCount intervals after `start` (calendar months keep the day of the
 * month, clamped). The first such term is found by arithmetic, so the work
 * is the terms visited, however long the subscription ran before.
 */
function eachTermEnd(start: number, interval: BillingInterval, intervalCount: number, notBefore: number, stop: number, visit: (boundary: number) => void): void {
  const months = MONTHS_PER_INTERVAL[interval];
  const step = months === null ? intervalCount * DAYS_PER_INTERVAL[interval] * MS_PER_DAY : months * intervalCount;
  const end = (k: number): number => (months === null ? start + k * step : addCalendarMonths(start, k * step));
  // A term end in a month on or after notBefore's is not before it when notBefore is a month's start; checked below anyway.
  let k = Number.isFinite(notBefore)
    ? Math.max(1, Math.ceil(months === null ? (notBefore - start) / step : (monthOfInstant(notBefore) - monthOfInstant(start)) / step))
    : 1;
  while (k > 1 && end(k - 1) >= notBefore) k--;
  for (; ; k++) {
    const boundary = end(k);
    if (boundary >= stop) return;
    if (boundary >= notBefore) visit(boundary);
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
 * @throws {TypeError} when an argument has the wrong structure (`renewalCount: <argument> must be …`)
 */
export function renewalCount(
  subscriptions: readonly ValidSubscription[],
  options: { period: Period; minimumTermMonths?: number },
): number {
  arrayArgument(subscriptions, 'renewalCount', 'subscriptions');
  checkInput(options, 'renewalCount', { period: 'object', minimumTermMonths: 'count?' }, 'options');
  const { period } = options;
  const minimumTermMonths = options.minimumTermMonths ?? 12;
  let renewals = 0;
  for (const sub of subscriptions) {
    if (termMonths(sub.interval, sub.intervalCount) < minimumTermMonths) continue;
    // Still active at the boundary: an end exactly there is a non-renewal.
    const stop = sub.end === null ? period.end : Math.min(sub.end, period.end);
    eachTermEnd(sub.start, sub.interval, sub.intervalCount, period.start, stop, () => renewals++);
  }
  return renewals;
}

/**
 * {@link renewalCount} for every month from `from` to `to` at once, on
 * subscription columns: one walk over the terms of each subscription that
 * end in the range, so the work follows the range, not the history. Terms in
 * calendar months end in month startMonth + k × step, so the terms in range
 * are found by month arithmetic; only a term ending in the subscription's
 * last month compares instants. A month's count does not depend on the range,
 * so the counts are kept per columns and a range inside the kept months (a
 * period change) is a slice. Entry i is the month `from + i`.
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
  if (to < from) return [];
  // A term ends after its start: no month up to the earliest start's has a renewal.
  const earliest = Number.isFinite(columns.firstInstant) ? monthOfInstant(columns.firstInstant) : Infinity;
  const counted = Math.max(from, earliest + 1);
  let byMinimum = renewalsKept.get(columns);
  if (byMinimum === undefined) renewalsKept.set(columns, (byMinimum = new Map()));
  let kept = byMinimum.get(minimumTermMonths);
  if (counted <= to && (kept === undefined || counted < kept.from || to > kept.from + kept.counts.length - 1)) {
    kept = { from: counted, counts: countRenewals(columns, counted, to, minimumTermMonths) };
    byMinimum.set(minimumTermMonths, kept);
  }
  const counts = new Array<number>(to - from + 1).fill(0);
  if (kept !== undefined) for (let month = counted; month <= to; month++) counts[month - from] = itemAt(kept.counts, month - kept.from, 'renewalsByMonth');
  return counts;
}

// The latest per-month renewal counts of each columns, per minimum term: months from `from`.
const renewalsKept = new WeakMap<SubscriptionColumns, Map<number, { from: number; counts: Int32Array }>>();

function countRenewals(columns: SubscriptionColumns, from: number, to: number, minimumTermMonths: number): Int32Array {
  const counts = new Int32Array(to - from + 1);
  const { termsTable, terms, startMonth, endMonth, count } = columns;
  checkRows([terms, startMonth, endMonth], count, 'renewalsByMonth');
  // Per terms row: the step in calendar months of a long term, −1 for a long term in days, 0 for a short one.
  const stepOf = Int32Array.from(termsTable, (t) => {
    if (termMonths(t.interval, t.intervalCount) < minimumTermMonths) return 0;
    const months = MONTHS_PER_INTERVAL[t.interval];
    return months === null ? -1 : months * t.intervalCount;
  });
  const rangeStart = monthBoundary(from - 1);
  const rangeEnd = monthBoundary(to);
  const tally = (boundary: number): void => {
    const month = monthOfInstant(boundary) - from;
    counts[month] = int32At(counts, month, 'renewalsByMonth') + 1;
  };
  const caller = 'renewalsByMonth';
  // Plain reads (every row below count is in range, checked above; see checkRows).
  // The instants are read per row, only where the months cannot decide: no instant column is made.
  for (let i = 0; i < count; i++) {
    const row = terms[i] ?? 0;
    const step = stepOf[row] ?? 0;
    if (step === 0) continue;
    if (step < 0) {
      const termsOfRow = itemAt(termsTable, row, caller);
      // Still active at the boundary: an end exactly there is a non-renewal.
      eachTermEnd(columns.startAt(i), termsOfRow.interval, termsOfRow.intervalCount, rangeStart, Math.min(columns.endAt(i), rangeEnd), tally);
      continue;
    }
    // The k-th term ends in month since + k × step (addCalendarMonths keeps the month), before `end` when
    // that month is before end's, never after it; in end's month the instants decide.
    const since = startMonth[i] ?? 0;
    const until = endMonth[i] ?? 0;
    const last = Math.min(to, until);
    let k = Math.max(1, Math.ceil((from - since) / step));
    for (let month = since + k * step; month <= last; month = since + ++k * step) {
      if (month === until && addCalendarMonths(columns.startAt(i), k * step) >= columns.endAt(i)) break;
      counts[month - from] = int32At(counts, month - from, caller) + 1;
    }
  }
  return counts;
}
