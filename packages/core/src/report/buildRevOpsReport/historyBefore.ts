import { termsAmountsOf, type MrrLedger } from '../../engine/ledger/index.js';
import { OPEN_END_MONTH, type SubscriptionColumns } from '../../engine/subscriptionColumns/index.js';
import { checkRows, itemAt } from '../../_lib/itemAt/index.js';

/** Where the subscriptions begin: what the RevOps report reads before any month's figures. */
export interface HistoryBounds {
  /** The first month of any subscription (Infinity without). */
  earliestStart: number;
  /** The first month a customer pays at the end of (Infinity without). */
  firstPaying: number;
}

const boundsKept = new WeakMap<SubscriptionColumns, HistoryBounds>();

/**
 * {@link HistoryBounds} of the columns, kept per columns (one look at the rows).
 *
 * @example
 * historyBounds(subscriptionColumnsOf(valid)).firstPaying //=> 24264 (2022-01)
 * @throws never
 */
export function historyBounds(columns: SubscriptionColumns): HistoryBounds {
  let bounds = boundsKept.get(columns);
  if (bounds === undefined) {
    const { numerators } = termsAmountsOf(columns);
    const positive = new Uint8Array(numerators.length);
    for (let t = 0; t < numerators.length; t++) positive[t] = itemAt(numerators, t, 'historyBounds') > 0n ? 1 : 0;
    const { count, startMonth, endMonth, terms } = columns;
    checkRows([startMonth, endMonth, terms], count, 'historyBounds');
    bounds = boundsOfRows(count, startMonth, endMonth, terms, positive);
    boundsKept.set(columns, bounds);
  }
  return bounds;
}

/** {@link HistoryBounds} of checked rows: a function apart with its typed arrays as arguments, so its loop is optimised on its own. */
function boundsOfRows(count: number, startMonth: Int32Array, endMonth: Int32Array, terms: Int32Array, positive: Uint8Array): HistoryBounds {
  let earliestStart = Infinity;
  let firstPaying = Infinity;
  // Plain reads (checked by the caller; see checkRows); terms index `positive` by construction.
  for (let i = 0; i < count; i++) {
    const since = startMonth[i] ?? 0;
    if (since < earliestStart) earliestStart = since;
    // Active at the end of M ⇔ startMonth ≤ M < endMonth; amounts are never negative.
    if (since < firstPaying && since < (endMonth[i] ?? 0) && positive[terms[i] ?? 0] === 1) firstPaying = since;
  }
  return { earliestStart, firstPaying };
}

/**
 * Company totals at the end of every month from the first paying one, and
 * their running sums: what the lifetime figures and the MRR trend read of the
 * months before a range's ledger. Made once per columns in one look at each
 * customer's rows (changes per month, then running sums), so a range far
 * from the data's start costs the rows and the months between, once.
 */
export interface MonthlyTotals {
  /** The month of entry 0: the first paying month (Infinity without; then every array is empty). */
  firstMonth: number;
  /** The last month the entries stand for: Infinity when made from the rows (after the last entry nothing changes). */
  lastMonth: number;
  /** MRR numerators (over `termsAmountsOf`'s denominator) per month; after the last entry it stays the last. */
  mrr: bigint[];
  /** Paying customers per month; after the last entry it stays the last. */
  customers: Int32Array;
  /** Running sums from `firstMonth`: entry k is the sum over the months before `firstMonth + k`. */
  mrrBefore: bigint[];
  customersBefore: Float64Array;
  /** Customers whose first paying month is before `firstMonth + k`. */
  everBefore: Int32Array;
}

const totalsKept = new WeakMap<SubscriptionColumns, MonthlyTotals>();

/**
 * {@link MonthlyTotals} of the columns up to month `through` at least, kept per columns: those kept from
 * a ledger that covers the whole history ({@link keepTotalsOfLedger}) when they reach that far, else made
 * from the rows once.
 *
 * @example
 * monthlyTotals(subscriptionColumnsOf(valid), 24287).customers[0] //=> 12
 * @throws never
 */
export function monthlyTotals(columns: SubscriptionColumns, through: number): MonthlyTotals {
  let totals = totalsKept.get(columns);
  if (totals === undefined || totals.lastMonth < through) totalsKept.set(columns, (totals = computeTotals(columns)));
  return totals;
}

/**
 * Keeps the totals of a ledger that starts before the first paying month (the report of the whole data
 * range sweeps one): later ranges read the months before their own ledger from it, with no look at the rows.
 *
 * @example
 * keepTotalsOfLedger(columns, ledgerOfRange(columns, { from: 24276, to: 24347 }, false))
 * @throws never
 */
export function keepTotalsOfLedger(columns: SubscriptionColumns, ledger: MrrLedger): void {
  const { firstPaying } = historyBounds(columns);
  const lastMonth = ledger.firstMonth + ledger.mrr.length - 1;
  const kept = totalsKept.get(columns);
  if (firstPaying === Infinity || ledger.firstMonth > firstPaying || lastMonth < firstPaying || (kept !== undefined && kept.lastMonth >= lastMonth)) return;
  const offset = firstPaying - ledger.firstMonth;
  const mrr = ledger.mrr.slice(offset);
  const customers = Int32Array.from(ledger.customers.slice(offset));
  const length = mrr.length;
  const mrrBefore = new Array<bigint>(length + 1).fill(0n);
  const customersBefore = new Float64Array(length + 1);
  const everBefore = new Int32Array(length + 1);
  for (let k = 0; k < length; k++) {
    mrrBefore[k + 1] = (mrrBefore[k] ?? 0n) + (mrr[k] ?? 0n);
    customersBefore[k + 1] = (customersBefore[k] ?? 0) + (customers[k] ?? 0);
    everBefore[k + 1] = (everBefore[k] ?? 0) + (ledger.newCustomers[offset + k] ?? 0);
  }
  totalsKept.set(columns, { firstMonth: firstPaying, lastMonth, mrr, customers, mrrBefore, customersBefore, everBefore });
}

function computeTotals(columns: SubscriptionColumns): MonthlyTotals {
  const { numerators } = termsAmountsOf(columns);
  const { count, startMonth, endMonth, terms, customer } = columns;
  const first = historyBounds(columns).firstPaying;
  let last = first;
  const paying = (i: number): boolean => (startMonth[i] ?? 0) < (endMonth[i] ?? 0) && (numerators[terms[i] ?? 0] ?? 0n) > 0n;
  for (let i = 0; i < count; i++) {
    if (!paying(i)) continue;
    const until = endMonth[i] ?? 0;
    last = Math.max(last, startMonth[i] ?? 0, until === OPEN_END_MONTH ? -Infinity : until);
  }
  const length = first === Infinity ? 0 : last - first + 1;
  // Per month, the change of MRR and of paying customers; first paying months.
  const mrr = new Array<bigint>(length).fill(0n);
  const customers = new Int32Array(length);
  const firstPaid = new Int32Array(length);
  // Each customer's paying rows as month spans, merged: paying customers count once per month.
  const spans: { since: number; until: number }[][] = [];
  for (let i = 0; i < count; i++) {
    if (!paying(i)) continue;
    const since = (startMonth[i] ?? 0) - first;
    const end = endMonth[i] ?? 0;
    const until = end === OPEN_END_MONTH ? length : end - first;
    const amount = numerators[terms[i] ?? 0] ?? 0n;
    mrr[since] = (mrr[since] ?? 0n) + amount;
    if (until < length) mrr[until] = (mrr[until] ?? 0n) - amount;
    const c = customer[i] ?? 0;
    (spans[c] ??= []).push({ since, until });
  }
  for (const own of spans) {
    if (own === undefined) continue;
    own.sort((a, b) => a.since - b.since);
    let since = -1;
    let until = -1;
    for (const span of own) {
      if (span.since > until) {
        if (until > since) addSpan(customers, since, until);
        since = span.since;
      }
      until = Math.max(until, span.until);
    }
    addSpan(customers, since, until);
    const paidFirst = own[0]?.since ?? 0;
    firstPaid[paidFirst] = (firstPaid[paidFirst] ?? 0) + 1;
  }
  const mrrBefore = new Array<bigint>(length + 1).fill(0n);
  const customersBefore = new Float64Array(length + 1);
  const everBefore = new Int32Array(length + 1);
  let level = 0n;
  let payingNow = 0;
  for (let k = 0; k < length; k++) {
    level += mrr[k] ?? 0n;
    payingNow += customers[k] ?? 0;
    mrr[k] = level;
    customers[k] = payingNow;
    mrrBefore[k + 1] = (mrrBefore[k] ?? 0n) + level;
    customersBefore[k + 1] = (customersBefore[k] ?? 0) + payingNow;
    everBefore[k + 1] = (everBefore[k] ?? 0) + (firstPaid[k] ?? 0);
  }
  return { firstMonth: first, lastMonth: Infinity, mrr, customers, mrrBefore, customersBefore, everBefore };
}

function addSpan(changes: Int32Array, since: number, until: number): void {
  changes[since] = (changes[since] ?? 0) + 1;
  if (until < changes.length) changes[until] = (changes[until] ?? 0) - 1;
}
