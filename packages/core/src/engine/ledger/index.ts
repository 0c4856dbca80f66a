import { gcd } from '../exact/index.js';
import { MAX_REPORT_MONTHS, monthOfInstant } from '../month/index.js';
import { subscriptionColumns, type SubscriptionColumns } from '../subscriptionColumns/index.js';
import type { ValidSubscription } from '../validate/index.js';
import { monthlyAmountFraction, type Fraction } from './monthlyAmount.js';

export { monthlyAmountFraction, type Fraction } from './monthlyAmount.js';

/**
 * Exact monthly totals of a report range. Every money figure is an integer
 * numerator over the common `denominator`, so sums never round.
 */
export interface MrrLedger {
  /** Common denominator of every money numerator below. */
  denominator: bigint;
  /** First month index (inclusive) of the rows: `from − 1`, so row 0 is the month before the range. */
  firstMonth: number;
  /** Per month from `firstMonth`: MRR at the end of the month. */
  mrr: bigint[];
  newMrr: bigint[];
  expansion: bigint[];
  reactivation: bigint[];
  contraction: bigint[];
  churn: bigint[];
  customers: number[];
  newCustomers: number[];
  reactivatedCustomers: number[];
  churnedCustomers: number[];
  /** Customers whose MRR rose while they kept paying (0 < previous < current): the expansion movement's count. */
  expandedCustomers: number[];
  /** One entry per cohort month in the range that has new customers. */
  cohorts: LedgerCohort[];
}

/** A cohort's exact retention inputs. */
export interface LedgerCohort {
  month: number;
  customers: number;
  /** Per k = 0..(to − month): cohort customers still paying. */
  retained: number[];
  /** Per k: the cohort's MRR numerator. */
  mrr: bigint[];
}

/**
 * Integer arithmetic the sweep runs on: plain doubles while every value stays
 * below 2^51 (exact and fast), BigInt otherwise. One sweep serves both.
 */
interface Arithmetic<T extends number | bigint> {
  zero: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  of(value: bigint): T;
  scratch(length: number): { [index: number]: T };
  sums(length: number): ExactSums<T>;
}

interface ExactSums<T> {
  add(index: number, value: T): void;
  total(index: number): bigint;
}

const FAST_LIMIT = 2 ** 52;

/** Sums of doubles that spill into BigInt before they could lose a unit. */
class SpillingSums implements ExactSums<number> {
  private readonly low: Float64Array;
  private readonly high: bigint[];
  constructor(length: number) {
    this.low = new Float64Array(length);
    this.high = new Array<bigint>(length).fill(0n);
  }
  add(index: number, value: number): void {
    const sum = this.low[index]! + value;
    // Operands are below 2^52, so a sum below 2^53 is still exact.
    if (sum > FAST_LIMIT || sum < -FAST_LIMIT) {
      this.high[index]! += BigInt(this.low[index]!);
      this.low[index] = value;
    } else {
      this.low[index] = sum;
    }
  }
  total(index: number): bigint {
    return this.high[index]! + BigInt(this.low[index]!);
  }
}

class BigSums implements ExactSums<bigint> {
  private readonly values: bigint[];
  constructor(length: number) {
    this.values = new Array<bigint>(length).fill(0n);
  }
  add(index: number, value: bigint): void {
    this.values[index]! += value;
  }
  total(index: number): bigint {
    return this.values[index]!;
  }
}

const doubles: Arithmetic<number> = {
  zero: 0,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  of: (value) => Number(value),
  scratch: (length) => new Float64Array(length),
  sums: (length) => new SpillingSums(length),
};

const bigints: Arithmetic<bigint> = {
  zero: 0n,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  of: (value) => value,
  scratch: (length) => new Array<bigint>(length).fill(0n),
  sums: (length) => new BigSums(length),
};

/**
 * Fractions as numerators over their least common denominator, so sums of
 * them are exact integer sums. The ledger and the per-customer timelines
 * both use it.
 *
 * @example
 * overCommonDenominator([{ numerator: 1n, denominator: 4n }, { numerator: 1n, denominator: 6n }])
 * //=> { denominator: 12n, numerators: [3n, 2n] }
 * @throws never
 */
export function overCommonDenominator(fractions: readonly Fraction[]): { denominator: bigint; numerators: bigint[] } {
  let denominator = 1n;
  for (const { denominator: d } of fractions) denominator = (denominator / gcd(denominator, d)) * d;
  return { denominator, numerators: fractions.map((f) => f.numerator * (denominator / f.denominator)) };
}

const amountsOfColumns = new WeakMap<SubscriptionColumns, { denominator: bigint; numerators: bigint[] }>();

/**
 * The monthly amount of each distinct terms of the columns over their common
 * denominator ({@link overCommonDenominator} of `monthlyAmountFraction`),
 * computed once per columns: the figures that follow single customers read it
 * for every range.
 *
 * @example
 * const { denominator, numerators } = termsAmountsOf(subscriptionColumnsOf(valid))
 * numerators[columns.terms[0]] // the first subscription's MRR × denominator
 * @throws never
 */
export function termsAmountsOf(columns: SubscriptionColumns): { denominator: bigint; numerators: bigint[] } {
  let amounts = amountsOfColumns.get(columns);
  if (amounts === undefined) {
    amounts = overCommonDenominator(columns.termsTable.map((terms) => monthlyAmountFraction(terms)));
    amountsOfColumns.set(columns, amounts);
  }
  return amounts;
}

/**
 * The first month a subscription counts at the end of: the contract's rule
 * is active at the end of M ⇔ start < B(M) and end ≥ B(M) ⇔
 * month(start) ≤ M < month(end). See {@link activeUntilMonth} for the end.
 *
 * @example
 * firstActiveMonth(sub) // sub.start 2024-03-10 → 24290 (2024-03)
 * @throws never
 */
export function firstActiveMonth(sub: ValidSubscription): number {
  return monthOfInstant(sub.start);
}

/**
 * The first month a subscription no longer counts at the end of (exclusive
 * bound of {@link firstActiveMonth}): month(end), or Infinity while open.
 * Active at the end of M ⇔ firstActiveMonth ≤ M < activeUntilMonth.
 *
 * @example
 * activeUntilMonth(sub) // sub.end 2024-06-01 → 24293 (2024-06): last counted at the end of 2024-05
 * @throws never
 */
export function activeUntilMonth(sub: ValidSubscription): number {
  return sub.end === null ? Infinity : monthOfInstant(sub.end);
}

/**
 * Computes every MRR movement and cohort of a range in one pass over the
 * customers, in exact integer arithmetic: each subscription's monthly amount
 * is converted once to a numerator over a common denominator.
 *
 * @param subscriptions validated subscriptions
 * @param range month indices (see `parseMonth`), from ≤ to
 * @example
 * const ledger = computeLedger(valid.subscriptions, { from: parseMonth('2024-01')!, to: parseMonth('2024-12')! })
 * @throws never
 */
export function computeLedger(subscriptions: readonly ValidSubscription[], range: { from: number; to: number }): MrrLedger {
  return ledgerOfColumns(subscriptionColumns(subscriptions), range);
}

/**
 * {@link computeLedger} on subscription columns: what the reports call, so
 * no subscription object is made.
 *
 * @example
 * const ledger = ledgerOfColumns(subscriptionColumnsOf(valid), { from: 24288, to: 24299 })
 * @throws never
 */
export function ledgerOfColumns(columns: SubscriptionColumns, range: { from: number; to: number }): MrrLedger {
  const { count, start, end, customer: customerOf, terms: priceOf } = columns;
  const firstActive = new Float64Array(count);
  const endActive = new Float64Array(count);
  const customerCount = columns.customerIds.length;
  let earliest = Infinity;

  for (let i = 0; i < count; i++) {
    const first = monthOfInstant(start[i]!);
    const until = end[i]!;
    const last = until === Infinity ? Infinity : monthOfInstant(until);
    firstActive[i] = first;
    endActive[i] = last;
    if (last > first && first < earliest) earliest = first;
  }

  // Months are indexed from `base`; the range's first row is from − 1.
  const base = Math.min(range.from - 1, earliest);
  const length = range.to - base + 1;
  const offset = range.from - 1 - base;

  const { denominator, numerators } = overCommonDenominator(columns.termsTable.map((terms) => monthlyAmountFraction(terms)));
  // Doubles are exact while every customer's MRR, and so every movement, stays below 2^51.
  const asDoubles = numerators.map((n) => Number(n));
  let fast = true;
  const customerBound = new Float64Array(customerCount);
  for (let i = 0; i < count; i++) {
    if (endActive[i]! > firstActive[i]!) {
      const bound = (customerBound[customerOf[i]!]! += asDoubles[priceOf[i]!]!);
      if (bound >= 2 ** 51) fast = false;
    }
  }

  const ledger = fast
    ? sweep(doubles, numerators, priceOf, firstActive, endActive, customerOf, customerCount, base, length, range)
    : sweep(bigints, numerators, priceOf, firstActive, endActive, customerOf, customerCount, base, length, range);

  const rows = length - offset;
  const slice = <T>(values: T[]): T[] => values.slice(offset, offset + rows);
  return {
    denominator,
    firstMonth: range.from - 1,
    mrr: slice(ledger.mrr),
    newMrr: slice(ledger.newMrr),
    expansion: slice(ledger.expansion),
    reactivation: slice(ledger.reactivation),
    contraction: slice(ledger.contraction),
    churn: slice(ledger.churn),
    customers: slice(ledger.customers),
    newCustomers: slice(ledger.newCustomers),
    reactivatedCustomers: slice(ledger.reactivatedCustomers),
    churnedCustomers: slice(ledger.churnedCustomers),
    expandedCustomers: slice(ledger.expandedCustomers),
    cohorts: ledger.cohorts,
  };
}

// The whole-history ledger of each columns: both reports of a range, and any
// later range inside the history (a period change), cut theirs from it.
const historyLedgers = new WeakMap<SubscriptionColumns, MrrLedger>();

/**
 * The ledger of a range, cut from one ledger of the whole history that is
 * computed once per columns and kept: from the first subscription's month to
 * the range's end or the last month a subscription starts or ends, whichever
 * is later (within {@link MAX_REPORT_MONTHS} of the range). A month's figures
 * read only that month and the ones before it, so any range inside the
 * history (the report and the RevOps report of a range, a period change) is a
 * cut of it; months before the first subscription are zeros. A range ending
 * later sweeps the history again. Same figures as {@link ledgerOfColumns}.
 *
 * @example
 * const ledger = ledgerOfRange(subscriptionColumnsOf(valid), { from: 24288, to: 24299 })
 * ledger.firstMonth //=> 24287
 * @throws never
 */
export function ledgerOfRange(columns: SubscriptionColumns, range: { from: number; to: number }): MrrLedger {
  const cached = historyLedgers.get(columns);
  if (cached !== undefined && cached.firstMonth + cached.mrr.length - 1 >= range.to) return sliceLedger(cached, range);
  if (columns.count === 0) return ledgerOfColumns(columns, range);
  let first = Infinity;
  let last = range.to;
  for (let i = 0; i < columns.count; i++) {
    const since = monthOfInstant(columns.start[i]!);
    const until = columns.end[i]!;
    if (since < first) first = since;
    if (since > last) last = since;
    if (until !== Infinity) last = Math.max(last, monthOfInstant(until));
  }
  // Past the range only while bounded: a far-future end must not sweep centuries.
  const history = ledgerOfColumns(columns, { from: first, to: last - range.to > MAX_REPORT_MONTHS ? range.to : last });
  historyLedgers.set(columns, history);
  return sliceLedger(history, range);
}

/** The rows from `from − 1` to `to` and the cohorts from `from` to `to` of a history that covers `to`. */
function sliceLedger(history: MrrLedger, range: { from: number; to: number }): MrrLedger {
  const { from, to } = range;
  const rows = to - from + 2;
  // Rows before the history's first one are months before any subscription: all zero.
  const before = Math.min(Math.max(history.firstMonth - (from - 1), 0), rows);
  const begin = from - 1 + before - history.firstMonth;
  const cut = <T>(values: T[], zero: T): T[] => {
    const kept = values.slice(begin, begin + rows - before);
    return before === 0 ? kept : [...new Array<T>(before).fill(zero), ...kept];
  };
  const cohorts: LedgerCohort[] = [];
  for (const cohort of history.cohorts) {
    if (cohort.month < from || cohort.month > to) continue;
    const months = to - cohort.month + 1;
    cohorts.push({ month: cohort.month, customers: cohort.customers, retained: cohort.retained.slice(0, months), mrr: cohort.mrr.slice(0, months) });
  }
  return {
    denominator: history.denominator,
    firstMonth: from - 1,
    mrr: cut(history.mrr, 0n),
    newMrr: cut(history.newMrr, 0n),
    expansion: cut(history.expansion, 0n),
    reactivation: cut(history.reactivation, 0n),
    contraction: cut(history.contraction, 0n),
    churn: cut(history.churn, 0n),
    customers: cut(history.customers, 0),
    newCustomers: cut(history.newCustomers, 0),
    reactivatedCustomers: cut(history.reactivatedCustomers, 0),
    churnedCustomers: cut(history.churnedCustomers, 0),
    expandedCustomers: cut(history.expandedCustomers, 0),
    cohorts,
  };
}

function sweep<T extends number | bigint>(
  math: Arithmetic<T>,
  numerators: readonly bigint[],
  priceOf: Int32Array,
  firstActive: Float64Array,
  endActive: Float64Array,
  customerOf: Int32Array,
  customerCount: number,
  base: number,
  length: number,
  range: { from: number; to: number },
): Omit<MrrLedger, 'denominator' | 'firstMonth'> {
  const count = priceOf.length;
  // Group subscriptions by customer (counting sort keeps input order).
  const starts = new Int32Array(customerCount + 1);
  for (let i = 0; i < count; i++) starts[customerOf[i]! + 1]!++;
  for (let c = 0; c < customerCount; c++) starts[c + 1]! += starts[c]!;
  const order = new Int32Array(count);
  const cursor = starts.slice(0, customerCount);
  for (let i = 0; i < count; i++) order[cursor[customerOf[i]!]!++] = i;

  const prices = numerators.map((n) => math.of(n));
  const mrr = math.sums(length);
  const newMrr = math.sums(length);
  const expansion = math.sums(length);
  const reactivation = math.sums(length);
  const contraction = math.sums(length);
  const churn = math.sums(length);
  const customers = new Int32Array(length);
  const newCustomers = new Int32Array(length);
  const reactivatedCustomers = new Int32Array(length);
  const churnedCustomers = new Int32Array(length);
  const expandedCustomers = new Int32Array(length);

  const cohortFirst = range.from - base;
  const cohortLast = range.to - base;
  const cohortSize = new Int32Array(length);
  const cohortRetained: Int32Array[] = [];
  const cohortMrr: ExactSums<T>[] = [];

  const diff = math.scratch(length + 1);
  const zero = math.zero;

  for (let c = 0; c < customerCount; c++) {
    let first = length;
    let last = -1;
    for (let j = starts[c]!; j < starts[c + 1]!; j++) {
      const i = order[j]!;
      const from = firstActive[i]! - base;
      const until = Math.min(endActive[i]! - base, length);
      if (until <= from || from >= length) continue;
      const value = prices[priceOf[i]!]!;
      diff[from] = math.add(diff[from]!, value);
      diff[until] = math.sub(diff[until]!, value);
      if (from < first) first = from;
      if (until > last) last = until;
    }
    if (last < 0) continue;

    let everPaid = false;
    let cohort = -1;
    let previous = zero;
    let current = zero;
    const stop = Math.min(last, length - 1);
    for (let m = first; m <= stop; m++) {
      current = math.add(current, diff[m]!);
      diff[m] = zero;
      if (current > zero) {
        if (previous === zero) {
          if (everPaid) {
            reactivation.add(m, current);
            reactivatedCustomers[m]!++;
          } else {
            everPaid = true;
            newMrr.add(m, current);
            newCustomers[m]!++;
            if (m >= cohortFirst && m <= cohortLast) {
              cohort = m;
              cohortSize[m]!++;
              cohortRetained[m] ??= new Int32Array(cohortLast - m + 1);
              cohortMrr[m] ??= math.sums(cohortLast - m + 1);
            }
          }
        } else if (current > previous) {
          expansion.add(m, math.sub(current, previous));
          expandedCustomers[m]!++;
        } else if (current < previous) {
          contraction.add(m, math.sub(current, previous));
        }
        mrr.add(m, current);
        customers[m]!++;
        if (cohort >= 0) {
          cohortRetained[cohort]![m - cohort]!++;
          cohortMrr[cohort]!.add(m - cohort, current);
        }
      } else if (previous > zero) {
        churn.add(m, math.sub(zero, previous));
        churnedCustomers[m]!++;
      }
      previous = current;
    }
    diff[length] = zero;
  }

  const totals = (sums: ExactSums<T>): bigint[] => Array.from({ length }, (_, i) => sums.total(i));
  const cohorts: LedgerCohort[] = [];
  for (let m = cohortFirst; m <= cohortLast; m++) {
    if (cohortSize[m]! === 0) continue;
    const size = cohortLast - m + 1;
    cohorts.push({
      month: m + base,
      customers: cohortSize[m]!,
      retained: Array.from(cohortRetained[m]!),
      mrr: Array.from({ length: size }, (_, k) => cohortMrr[m]!.total(k)),
    });
  }
  return {
    mrr: totals(mrr),
    newMrr: totals(newMrr),
    expansion: totals(expansion),
    reactivation: totals(reactivation),
    contraction: totals(contraction),
    churn: totals(churn),
    customers: Array.from(customers),
    newCustomers: Array.from(newCustomers),
    reactivatedCustomers: Array.from(reactivatedCustomers),
    churnedCustomers: Array.from(churnedCustomers),
    expandedCustomers: Array.from(expandedCustomers),
    cohorts,
  };
}
