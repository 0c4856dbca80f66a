import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import { activeUntilMonth, firstActiveMonth, monthlyAmountFraction, overCommonDenominator, termsAmountsOf } from '../ledger/index.js';
import { monthBoundary } from '../month/index.js';
import type { SubscriptionColumns } from '../subscriptionColumns/index.js';
import type { ValidSubscription } from '../validate/index.js';
import { checkRows, int32At, itemAt } from '../../_lib/itemAt/index.js';

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
 * @throws {TypeError} when an argument has the wrong structure (`customerMrrTimelines: <argument> must be …`)
 */
export function customerMrrTimelines(
  subscriptions: readonly ValidSubscription[],
  range: { from: number; to: number },
): CustomerMrrTimelines {
  arrayArgument(subscriptions, 'customerMrrTimelines', 'subscriptions');
  checkInput(range, 'customerMrrTimelines', { from: 'number', to: 'number' }, 'range');
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
 * Each customer's MRR numerator (over `termsAmountsOf`'s denominator) at the
 * end of each of several months: one array per month, indexed by customer
 * number. Doubles when every amount and every customer's MRR is below 2^51
 * (then exact), BigInt otherwise.
 */
export type CustomerMrrSnapshots = { kind: 'doubles'; at: Float64Array[] } | { kind: 'bigints'; at: bigint[][] };

/**
 * {@link CustomerMrrSnapshots} of `months`, in one pass over the rows (active
 * at the end of M ⇔ startMonth ≤ M < endMonth), so the retention of several
 * spans and the engagement cohort of a range read one walk of the columns.
 *
 * @example
 * const snapshots = customerMrrSnapshots(subscriptionColumnsOf(valid), [24287, 24299])
 * snapshots.at[0][0] //=> customer 0's MRR numerator at the end of 2023-12
 * @throws never
 */
export function customerMrrSnapshots(columns: SubscriptionColumns, months: readonly number[]): CustomerMrrSnapshots {
  const { numerators } = termsAmountsOf(columns);
  // Doubles while they are exact: non-negative amounts, every customer's MRR below 2^51.
  if (numerators.every((n) => n >= 0n && n < BigInt(EXACT_DOUBLE))) {
    const amounts = Float64Array.from(numerators, (n) => Number(n));
    const at = months.map(() => new Float64Array(columns.customerIds.length));
    if (months.length === 0 || sumAtMonths(columns, months, amounts, at) < EXACT_DOUBLE) return { kind: 'doubles', at };
  }
  const at = months.map((month) => exactCustomerMrrAt(columns, month, numerators));
  return { kind: 'bigints', at };
}

/**
 * Adds each row's amount to its customer's entry of every month of `months` it is active at the end of;
 * returns the largest entry (each sum is exact while it stays below 2^51, the caller's check).
 */
function sumAtMonths(columns: SubscriptionColumns, months: readonly number[], amounts: Float64Array, at: Float64Array[]): number {
  const caller = 'customerMrrSnapshots';
  const { count, customer, terms, startMonth, endMonth } = columns;
  checkRows([customer, terms, startMonth, endMonth], count, caller);
  checkRows([at], months.length, caller);
  let lowest = Infinity;
  let highest = -Infinity;
  let largest = 0;
  for (const month of months) {
    if (month < lowest) lowest = month;
    if (month > highest) highest = month;
  }
  // Plain reads of the rows (checked above; see checkRows); terms and customer numbers index `amounts` and
  // each month's array by construction.
  for (let i = 0; i < count; i++) {
    const since = startMonth[i] ?? 0;
    const until = endMonth[i] ?? 0;
    // Most rows are active at none of the months: one test against their span.
    if (since > highest || until <= lowest) continue;
    const c = customer[i] ?? 0;
    const amount = amounts[terms[i] ?? 0] ?? 0;
    for (let k = 0; k < months.length; k++) {
      const month = months[k] ?? 0;
      const values = at[k];
      if (values === undefined || !(since <= month && month < until)) continue;
      const sum = (values[c] ?? 0) + amount;
      values[c] = sum;
      if (sum > largest) largest = sum;
    }
  }
  return largest;
}

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
  return retentionOfSnapshots(customerMrrSnapshots(columns, [start, end]), 0, 1);
}

/**
 * {@link RetentionTotals} from snapshots already taken: the customers paying
 * in snapshot `start`, their MRR in snapshot `end`.
 *
 * @example
 * const snapshots = customerMrrSnapshots(columns, [from - 1, to - 12, to])
 * retentionOfSnapshots(snapshots, 0, 2) // the range's NRR and GRR inputs
 * @throws never
 */
export function retentionOfSnapshots(snapshots: CustomerMrrSnapshots, start: number, end: number): RetentionTotals {
  if (snapshots.kind === 'doubles') {
    return totalsOfDoubles(itemAt(snapshots.at, start, 'retentionOfSnapshots'), itemAt(snapshots.at, end, 'retentionOfSnapshots'));
  }
  const atStart = itemAt(snapshots.at, start, 'retentionOfSnapshots');
  const atEnd = itemAt(snapshots.at, end, 'retentionOfSnapshots');
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

/**
 * Per customer number, a number above 0 when the customer pays (MRR > 0) in
 * snapshot `k`: the snapshot's own doubles (no pass, no copy), or 1/0 flags
 * made from its BigInts, so a walk over the customers reads one typed array.
 *
 * @example
 * payingCustomers(customerMrrSnapshots(columns, [to]), 0)[3] > 0 //=> true
 * @throws {RangeError} when there is no snapshot `k`
 */
export function payingCustomers(snapshots: CustomerMrrSnapshots, k: number): Float64Array | Uint8Array {
  if (snapshots.kind === 'doubles') return itemAt(snapshots.at, k, 'payingCustomers');
  return Uint8Array.from(itemAt(snapshots.at, k, 'payingCustomers'), (value) => (value > 0n ? 1 : 0));
}

/** Each customer's MRR numerator at the end of `month` in BigInt, for amounts too large for doubles. */
function exactCustomerMrrAt(columns: SubscriptionColumns, month: number, numerators: readonly bigint[]): bigint[] {
  const { count, customer, terms, startMonth, endMonth } = columns;
  const mrr = new Array<bigint>(columns.customerIds.length).fill(0n);
  for (let i = 0; i < count; i++) {
    if (int32At(startMonth, i, 'exactCustomerMrrAt') <= month && month < int32At(endMonth, i, 'exactCustomerMrrAt')) {
      const c = int32At(customer, i, 'exactCustomerMrrAt');
      mrr[c] = itemAt(mrr, c, 'exactCustomerMrrAt') + itemAt(numerators, int32At(terms, i, 'exactCustomerMrrAt'), 'exactCustomerMrrAt');
    }
  }
  return mrr;
}

/** {@link RetentionTotals} of per-customer doubles (each exact), summed without losing a unit. */
function totalsOfDoubles(atStart: Float64Array, atEnd: Float64Array): RetentionTotals {
  checkRows([atEnd], atStart.length, 'totalsOfDoubles');
  let starting = 0n;
  let ending = 0n;
  let kept = 0n;
  let startSum = 0;
  let endSum = 0;
  let keptSum = 0;
  // Plain reads (checked above; see checkRows).
  for (let c = 0; c < atStart.length; c++) {
    const before = atStart[c] ?? 0;
    if (before <= 0) continue;
    const after = atEnd[c] ?? 0;
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
