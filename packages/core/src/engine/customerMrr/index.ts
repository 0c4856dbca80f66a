import { activeUntilMonth, firstActiveMonth, monthlyAmountFraction, overCommonDenominator, termsAmountsOf } from '../ledger/index.js';
import { monthBoundary } from '../month/index.js';
import type { SubscriptionColumns } from '../subscriptionColumns/index.js';
import type { ValidSubscription } from '../validate/index.js';
import { float64At, int32At, itemAt } from '../../_lib/itemAt/index.js';

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

/** Exact revenue retention inputs: numerators over one common denominator (see {@link retentionTotals}). */
export interface RetentionTotals {
  /** MRR at the end of the starting month of the customers paying then. */
  starting: bigint;
  /** The same customers' MRR at the end of the ending month. */
  ending: bigint;
  /** Σ min(starting, ending) over the same customers: what they kept. */
  kept: bigint;
}

/** Below this, sums of non-negative integer doubles are exact. */
const EXACT_DOUBLE = 2 ** 51;

/**
 * Revenue retention of the customers paying at the end of month `start`,
 * at the end of month `end`, straight from the subscription columns: one
 * pass, no per-customer timeline. `ending ÷ starting` is the net revenue
 * retention of `netRevenueRetentionOverRange`, `kept ÷ starting` the gross
 * one of `grossRevenueRetentionOverRange`, on the same exact amounts.
 *
 * @example
 * const { starting, ending } = retentionTotals(subscriptionColumnsOf(valid), 24287, 24299)
 * ratio(ending, starting) //=> 1.04
 * @throws never
 */
export function retentionTotals(columns: SubscriptionColumns, start: number, end: number): RetentionTotals {
  const { numerators } = termsAmountsOf(columns);
  // Doubles while they are exact: non-negative amounts, every customer's MRR below 2^51.
  if (numerators.every((n) => n >= 0n && n < BigInt(EXACT_DOUBLE))) {
    const amounts = Float64Array.from(numerators, (n) => Number(n));
    const atStart = customerMrrAt(columns, start, amounts);
    const atEnd = customerMrrAt(columns, end, amounts);
    if (atStart.every((v) => v < EXACT_DOUBLE) && atEnd.every((v) => v < EXACT_DOUBLE)) return totalsOfDoubles(atStart, atEnd);
  }
  const atStart = exactCustomerMrrAt(columns, start, numerators);
  const atEnd = exactCustomerMrrAt(columns, end, numerators);
  let starting = 0n;
  let ending = 0n;
  let kept = 0n;
  for (const [c, before] of atStart.entries()) {
    if (before <= 0n) continue;
    const after = itemAt(atEnd, c, 'retentionTotals');
    starting += before;
    ending += after;
    kept += after < before ? after : before;
  }
  return { starting, ending, kept };
}

/** Each customer's MRR numerator at the end of `month`, in doubles (the caller checks they are exact). */
function customerMrrAt(columns: SubscriptionColumns, month: number, amounts: Float64Array): Float64Array {
  const { count, customer, terms, start, end } = columns;
  const mrr = new Float64Array(columns.customerIds.length);
  // Active at the end of M ⇔ month(start) ≤ M < month(end) ⇔ start < B(M) ≤ end.
  const boundary = monthBoundary(month);
  for (let i = 0; i < count; i++) {
    if (float64At(start, i, 'customerMrrAt') < boundary && float64At(end, i, 'customerMrrAt') >= boundary) {
      const c = int32At(customer, i, 'customerMrrAt');
      mrr[c] = float64At(mrr, c, 'customerMrrAt') + float64At(amounts, int32At(terms, i, 'customerMrrAt'), 'customerMrrAt');
    }
  }
  return mrr;
}

/** {@link customerMrrAt} in BigInt, for amounts too large for doubles. */
function exactCustomerMrrAt(columns: SubscriptionColumns, month: number, numerators: readonly bigint[]): bigint[] {
  const { count, customer, terms, start, end } = columns;
  const mrr = new Array<bigint>(columns.customerIds.length).fill(0n);
  const boundary = monthBoundary(month);
  for (let i = 0; i < count; i++) {
    if (float64At(start, i, 'exactCustomerMrrAt') < boundary && float64At(end, i, 'exactCustomerMrrAt') >= boundary) {
      const c = int32At(customer, i, 'exactCustomerMrrAt');
      mrr[c] = itemAt(mrr, c, 'exactCustomerMrrAt') + itemAt(numerators, int32At(terms, i, 'exactCustomerMrrAt'), 'exactCustomerMrrAt');
    }
  }
  return mrr;
}

/** {@link RetentionTotals} of per-customer doubles (each exact), summed without losing a unit. */
function totalsOfDoubles(atStart: Float64Array, atEnd: Float64Array): RetentionTotals {
  let starting = 0n;
  let ending = 0n;
  let kept = 0n;
  let startSum = 0;
  let endSum = 0;
  let keptSum = 0;
  for (let c = 0; c < atStart.length; c++) {
    const before = float64At(atStart, c, 'totalsOfDoubles');
    if (before <= 0) continue;
    const after = float64At(atEnd, c, 'totalsOfDoubles');
    startSum += before;
    endSum += after;
    keptSum += after < before ? after : before;
    // Each term is below 2^51: a partial sum moves into BigInt before it reaches 2^53.
    if (startSum >= EXACT_DOUBLE || endSum >= EXACT_DOUBLE) {
      starting += BigInt(startSum);
      ending += BigInt(endSum);
      kept += BigInt(keptSum);
      startSum = endSum = keptSum = 0;
    }
  }
  return { starting: starting + BigInt(startSum), ending: ending + BigInt(endSum), kept: kept + BigInt(keptSum) };
}

const activeFromKept = new WeakMap<SubscriptionColumns, Float64Array>();

/**
 * Per row, the first month boundary B(M) the subscription is active at
 * (B(month(start)), whether or not it is still active then), computed once per
 * columns: a row is active at the end of some month from `first` to `last` ⇔
 * max(activeFrom, B(first)) ≤ min(end, B(last)).
 *
 * @example
 * activeFromOf(subscriptionColumnsOf(valid))[0] // start 2024-03-10 → B(2024-03), the instant 2024-04-01
 * @throws never
 */
export function activeFromOf(columns: SubscriptionColumns): Float64Array {
  let activeFrom = activeFromKept.get(columns);
  if (activeFrom === undefined) {
    activeFrom = new Float64Array(columns.count);
    // startMonth is month(start), kept by the columns: no calendar arithmetic per row.
    const { startMonth } = columns;
    for (let i = 0; i < columns.count; i++) activeFrom[i] = monthBoundary(int32At(startMonth, i, 'activeFromOf'));
    activeFromKept.set(columns, activeFrom);
  }
  return activeFrom;
}
