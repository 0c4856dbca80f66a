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
const EXACT_DOUBLE_BIGINT = BigInt(EXACT_DOUBLE);

/** The terms' amount numerators as doubles when each is exact there (non-negative, below 2^51); else `null`. */
function amountsAsDoubles(numerators: readonly bigint[]): Float64Array | null {
  const amounts = new Float64Array(numerators.length);
  for (let t = 0; t < numerators.length; t++) {
    const numerator = itemAt(numerators, t, 'amountsAsDoubles');
    if (numerator < 0n || numerator >= EXACT_DOUBLE_BIGINT) return null;
    amounts[t] = Number(numerator);
  }
  return amounts;
}

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
  const amounts = amountsAsDoubles(numerators);
  if (amounts !== null) {
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

/** What a range's figures read of each customer's MRR at three month ends (see {@link rangeRetention}). */
export interface RangeRetention {
  /** Retention of the customers paying at the end of `start`, at the end of `end`. */
  range: RetentionTotals;
  /** Retention of the customers paying at the end of `trailingStart`, at the end of `end`. */
  trailing: RetentionTotals;
  /**
   * With `cohort`: the numbers of the customers paying at the end of `start`, in the order of their first
   * row active at the end of a month from `start` to `end` (customer number order when each customer's
   * rows come together); empty otherwise.
   */
  cohort: number[];
  /** Per entry of `cohort`: whether the customer still pays at the end of `end`. */
  stillPaying: boolean[];
}

/**
 * The revenue retention from the ends of months `start` and `trailingStart`
 * to the end of `end`, and (with `cohort`) the customers paying at the end
 * of `start` with whether they still pay at the end of `end`: the same
 * figures as {@link retentionOfSnapshots} and {@link payingCustomers} on
 * {@link customerMrrSnapshots} of the three months. When each customer's
 * rows come together and the amounts fit doubles (the usual case), one walk
 * over the rows keeps the current customer's three MRRs in locals: no array
 * per customer, so nothing of the customer count is allocated or first
 * touched (fresh pages cost more than the walk, and a million customers'
 * arrays are external memory that can start a full collection).
 *
 * @example
 * const { range, trailing } = rangeRetention(subscriptionColumnsOf(valid), { start: 24287, trailingStart: 24287, end: 24299 }, false)
 * ratio(range.ending, range.starting) //=> 1.04 (the net revenue retention)
 * @throws never
 */
export function rangeRetention(
  columns: SubscriptionColumns,
  months: { start: number; trailingStart: number; end: number },
  cohort: boolean,
): RangeRetention {
  const { start, trailingStart, end } = months;
  const { numerators } = termsAmountsOf(columns);
  const amounts = columns.grouped ? amountsAsDoubles(numerators) : null;
  if (amounts !== null) {
    const walked = groupedRetention(columns, months, amounts, cohort);
    if (walked !== null) return walked;
  }
  // Rows out of customer order, or amounts past exact doubles: one array per customer and month.
  const snapshots = customerMrrSnapshots(columns, [start, trailingStart, end]);
  const range = retentionOfSnapshots(snapshots, 0, 2);
  const trailing = retentionOfSnapshots(snapshots, 1, 2);
  if (!cohort) return { range, trailing, cohort: [], stillPaying: [] };
  return { range, trailing, ...cohortOfSnapshots(columns, snapshots, start, end) };
}

/** {@link RangeRetention.cohort} and `stillPaying` from snapshots of `start` (0), … and `end` (2). */
function cohortOfSnapshots(columns: SubscriptionColumns, snapshots: CustomerMrrSnapshots, start: number, end: number): { cohort: number[]; stillPaying: boolean[] } {
  const caller = 'rangeRetention';
  const { count, startMonth, endMonth, customer, customerIds } = columns;
  const paying = payingCustomers(snapshots, 0);
  const payingAtEnd = payingCustomers(snapshots, 2);
  checkRows([paying, payingAtEnd], customerIds.length, caller);
  checkRows([startMonth, endMonth, customer], count, caller);
  const cohort: number[] = [];
  const stillPaying: boolean[] = [];
  // Customers in the order of their first row active at a month end from start to end (plain reads, checked above).
  const seen = new Uint8Array(customerIds.length);
  for (let i = 0; i < count; i++) {
    const since = startMonth[i] ?? 0;
    const until = endMonth[i] ?? 0;
    if (since > end || until <= start || until <= since) continue;
    const c = customer[i] ?? 0;
    if (seen[c] === 1) continue;
    seen[c] = 1;
    if ((paying[c] ?? 0) > 0) {
      cohort.push(c);
      stillPaying.push((payingAtEnd[c] ?? 0) > 0);
    }
  }
  return { cohort, stillPaying };
}

/**
 * {@link rangeRetention} over rows whose customers come together, each MRR a sum of exact doubles: `null`
 * when a customer's MRR reaches 2^51 (the caller then sums in BigInt).
 */
function groupedRetention(
  columns: SubscriptionColumns,
  months: { start: number; trailingStart: number; end: number },
  amounts: Float64Array,
  withCohort: boolean,
): RangeRetention | null {
  const { count, customer, terms, startMonth, endMonth } = columns;
  checkRows([customer, terms, startMonth, endMonth], count, 'rangeRetention');
  // The range's starting, ending and kept totals, then the trailing year's.
  const totals = new Array<bigint>(6).fill(0n);
  const cohort: number[] = [];
  const stillPaying: boolean[] = [];
  const { start, trailingStart, end } = months;
  if (!walkGroupedCustomers(count, customer, terms, startMonth, endMonth, amounts, start, trailingStart, end, totals, withCohort ? cohort : null, stillPaying)) {
    return null;
  }
  const [rangeStarting = 0n, rangeEnding = 0n, rangeKept = 0n, trailingStarting = 0n, trailingEnding = 0n, trailingKept = 0n] = totals;
  return {
    range: { starting: rangeStarting, ending: rangeEnding, kept: rangeKept },
    trailing: { starting: trailingStarting, ending: trailingEnding, kept: trailingKept },
    cohort,
    stillPaying,
  };
}

/**
 * The walk of {@link groupedRetention}: the current customer's MRR at the three month ends in locals,
 * folded into partial sums in doubles when the next customer begins, and those into `totals` (BigInt:
 * the range's starting, ending, kept, then the trailing year's) before they could pass 2^53. False when
 * a customer's MRR reaches 2^51. A function apart that takes its typed arrays as arguments: its loop is
 * optimised on its own, and stays optimised from one report to the next (read from an object made per
 * report, the arrays tied the code to that object's map and it was thrown away every other report).
 */
function walkGroupedCustomers(
  count: number,
  customer: Int32Array,
  terms: Int32Array,
  startMonth: Int32Array,
  endMonth: Int32Array,
  amounts: Float64Array,
  start: number,
  trailingStart: number,
  end: number,
  totals: bigint[],
  cohort: number[] | null,
  stillPaying: boolean[],
): boolean {
  // The three months in order: the first of them at or after a row's start tells whether the row counts at any.
  const first = Math.min(start, trailingStart, end);
  const third = Math.max(start, trailingStart, end);
  const second = start + trailingStart + end - first - third;
  // Partial sums of the totals in doubles (locals: unoptimised code boxes each double it reads or makes).
  let rangeStarting = 0;
  let rangeEnding = 0;
  let rangeKept = 0;
  let trailingStarting = 0;
  let trailingEnding = 0;
  let trailingKept = 0;
  let current = -1;
  let atStart = 0;
  let atTrailing = 0;
  let atEnd = 0;
  // Plain reads of the rows (the caller checked them; see checkRows); terms index `amounts` by construction.
  // Rows active at none of the months are passed over before their customer is read; one step past the
  // last row closes the last customer.
  for (let i = 0; i <= count; i++) {
    let c = -1;
    let since = 0;
    let until = 0;
    if (i < count) {
      since = startMonth[i] ?? 0;
      until = endMonth[i] ?? 0;
      const next = since <= first ? first : since <= second ? second : third;
      if (next >= until || next < since) continue;
      c = customer[i] ?? 0;
    }
    if (c !== current) {
      if (atStart >= EXACT_DOUBLE || atTrailing >= EXACT_DOUBLE || atEnd >= EXACT_DOUBLE) return false;
      // Each customer adds less than 2^51 to a partial sum below 2^51: exact; then it moves into BigInt.
      if (atStart > 0) {
        rangeStarting += atStart;
        rangeEnding += atEnd;
        rangeKept += atEnd < atStart ? atEnd : atStart;
        if (rangeStarting >= EXACT_DOUBLE || rangeEnding >= EXACT_DOUBLE) {
          addToTotals(totals, 0, rangeStarting, rangeEnding, rangeKept);
          rangeStarting = rangeEnding = rangeKept = 0;
        }
        if (cohort !== null) {
          cohort.push(current);
          stillPaying.push(atEnd > 0);
        }
      }
      if (atTrailing > 0) {
        trailingStarting += atTrailing;
        trailingEnding += atEnd;
        trailingKept += atEnd < atTrailing ? atEnd : atTrailing;
        if (trailingStarting >= EXACT_DOUBLE || trailingEnding >= EXACT_DOUBLE) {
          addToTotals(totals, 3, trailingStarting, trailingEnding, trailingKept);
          trailingStarting = trailingEnding = trailingKept = 0;
        }
      }
      current = c;
      atStart = atTrailing = atEnd = 0;
    }
    if (i === count) break;
    const amount = amounts[terms[i] ?? 0] ?? 0;
    if (since <= start && start < until) atStart += amount;
    if (since <= trailingStart && trailingStart < until) atTrailing += amount;
    if (since <= end && end < until) atEnd += amount;
  }
  addToTotals(totals, 0, rangeStarting, rangeEnding, rangeKept);
  addToTotals(totals, 3, trailingStarting, trailingEnding, trailingKept);
  return true;
}

/** Adds exact doubles to three BigInt totals from `at`. */
function addToTotals(totals: bigint[], at: number, starting: number, ending: number, kept: number): void {
  totals[at] = itemAt(totals, at, 'rangeRetention') + BigInt(starting);
  totals[at + 1] = itemAt(totals, at + 1, 'rangeRetention') + BigInt(ending);
  totals[at + 2] = itemAt(totals, at + 2, 'rangeRetention') + BigInt(kept);
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
