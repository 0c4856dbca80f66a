import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import { gcd } from '../exact/index.js';
import { float64At, int32At, itemAt } from '../../_lib/itemAt/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';
import { monthOfInstant } from '../month/index.js';
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

const FAST_LIMIT = 2 ** 52;
/** A customer's MRR below this keeps every movement below 2^52: the doubles sweep stays exact. */
const FAST_CUSTOMER_LIMIT = 2 ** 51;

/** Exact sums of integers: doubles that spill into BigInt before they could lose a unit. */
class SpillingSums {
  private readonly low: Float64Array;
  private high: bigint[] | undefined;
  constructor(length: number) {
    this.low = new Float64Array(length);
  }
  add(index: number, value: number): void {
    const before = float64At(this.low, index, 'SpillingSums.add');
    const sum = before + value;
    // Operands are below 2^52, so a sum below 2^53 is still exact.
    if (sum > FAST_LIMIT || sum < -FAST_LIMIT) {
      const high = (this.high ??= new Array<bigint>(this.low.length).fill(0n));
      high[index] = itemAt(high, index, 'SpillingSums.add') + BigInt(before);
      this.low[index] = value;
    } else {
      this.low[index] = sum;
    }
  }
  /** Adds an amount of a customer swept in BigInt. */
  addBig(index: number, value: bigint): void {
    const high = (this.high ??= new Array<bigint>(this.low.length).fill(0n));
    high[index] = itemAt(high, index, 'SpillingSums.addBig') + value;
  }
  total(index: number): bigint {
    return (this.high?.[index] ?? 0n) + BigInt(float64At(this.low, index, 'SpillingSums.total'));
  }
}
keepShape(new SpillingSums(0));


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
 * @throws {TypeError} when an argument has the wrong structure (`computeLedger: <argument> must be …`)
 */
export function computeLedger(subscriptions: readonly ValidSubscription[], range: { from: number; to: number }): MrrLedger {
  arrayArgument(subscriptions, 'computeLedger', 'subscriptions');
  checkInput(range, 'computeLedger', { from: 'number', to: 'number' }, 'range');
  return ledgerOfColumns(subscriptionColumns(subscriptions), range);
}

/**
 * {@link computeLedger} on subscription columns: what the reports call, so
 * no subscription object is made.
 *
 * Work is proportional to the subscriptions plus the customers × the
 * range's months, however far back the data goes: everything before the
 * range's first row (`from − 1`) is summed up per customer as the MRR at
 * the end of the month before it and whether the customer ever paid, which
 * is all the rows need (amounts are never negative, so a customer has paid
 * before exactly when one of their subscriptions with a positive amount
 * was active before).
 *
 * @param arithmetic `'bigint'` sweeps every customer in BigInt whatever the sizes (tests compare it with the doubles sweep)
 * @param cohortsFrom the first cohort month (default `from`; `Infinity` for none): cohorts cost the square
 *   of their months, so a ledger that starts early for its history leaves the early ones out
 * @example
 * const ledger = ledgerOfColumns(subscriptionColumnsOf(valid), { from: 24288, to: 24299 })
 * @throws never
 */
export function ledgerOfColumns(
  columns: SubscriptionColumns,
  range: { from: number; to: number },
  arithmetic: 'fastest' | 'bigint' = 'fastest',
  cohortsFrom: number = range.from,
): MrrLedger {
  const { denominator, numerators } = termNumerators(columns);
  // Doubles for each customer whose MRR stays below 2^51 (every movement is then exact), BigInt for the others.
  const span = { ...range, cohortsFrom };
  const rows = sweep(numerators, columns, span, arithmetic);
  return { denominator, firstMonth: range.from - 1, ...rows };
}

// The last ledger swept for each columns: both reports of a range, and any later range it covers, cut
// theirs from it (see ledgerOfRange).
const historyLedgers = new WeakMap<SubscriptionColumns, { cohortsFrom: number; ledger: MrrLedger }>();

/**
 * The ledger of a range, cut from a ledger that starts a year before it
 * (as far back as the RevOps report of the range reads) and is kept per
 * columns: the report and the RevOps report of one range, or of any range
 * the kept ledger covers (a period change), share one sweep. Same figures as
 * {@link ledgerOfColumns}: a ledger's rows and cohorts up to a month read
 * nothing after it (a month's movements compare it with the month before; a
 * customer is new or reactivated by what it paid before), so a range ending
 * earlier is the kept rows cut there, each cohort's retention cut at the
 * range's end. Months before the data's first subscription are all zero, so
 * a range reaching before the kept ledger is cut from it too when that
 * ledger starts before the data; likewise its cohorts.
 *
 * @param withCohorts false when the caller reads no cohorts (the RevOps report): any kept ledger serves it
 * @example
 * const ledger = ledgerOfRange(subscriptionColumnsOf(valid), { from: 24288, to: 24299 })
 * ledger.firstMonth //=> 24287
 * @throws never
 */
export function ledgerOfRange(columns: SubscriptionColumns, range: { from: number; to: number }, withCohorts = true): MrrLedger {
  const cached = historyLedgers.get(columns);
  if (cached !== undefined && covers(columns, cached, range, withCohorts)) return cutLedger(cached.ledger, range);
  const cohortsFrom = withCohorts ? range.from : Infinity;
  const ledger = ledgerOfColumns(columns, { from: range.from - 12, to: range.to }, 'fastest', cohortsFrom);
  historyLedgers.set(columns, { cohortsFrom, ledger });
  return cutLedger(ledger, range);
}

/**
 * Whether the kept ledger holds every row (month `from − 1` to `to`) and, `withCohorts`, every cohort
 * (months `from` to `to`) of the range: in its months, or before the data's first subscription month,
 * where every row is zero and no cohort begins.
 */
function covers(columns: SubscriptionColumns, kept: { cohortsFrom: number; ledger: MrrLedger }, range: { from: number; to: number }, withCohorts: boolean): boolean {
  const { ledger } = kept;
  const lastMonth = ledger.firstMonth + ledger.mrr.length - 1;
  if (range.to > lastMonth || range.to < range.from) return false;
  // No row is active at the end of a month before the first start's: those rows are zeros, and so are
  // the kept ledger's first row and the month before it when it starts no later than that month.
  const dataStart = Number.isFinite(columns.firstInstant) ? monthOfInstant(columns.firstInstant) : Infinity;
  if (range.from - 1 < ledger.firstMonth && ledger.firstMonth > dataStart) return false;
  return !withCohorts || range.from >= kept.cohortsFrom || kept.cohortsFrom <= dataStart;
}

/** The rows from `from − 1` to `to` and the cohorts from `from` to `to` of a ledger that covers them (see `covers`). */
function cutLedger(ledger: MrrLedger, range: { from: number; to: number }): MrrLedger {
  const { from, to } = range;
  const length = to - from + 2;
  // Rows before the kept ones are the zeros of the months before the data.
  const before = Math.min(Math.max(ledger.firstMonth - (from - 1), 0), length);
  const offset = from - 1 + before - ledger.firstMonth;
  const end = offset + length - before;
  const money = (values: readonly bigint[]): bigint[] => {
    const rows = values.slice(offset, end);
    return before === 0 ? rows : [...new Array<bigint>(before).fill(0n), ...rows];
  };
  const counts = (values: readonly number[]): number[] => {
    const rows = values.slice(offset, end);
    return before === 0 ? rows : [...new Array<number>(before).fill(0), ...rows];
  };
  const cohorts: LedgerCohort[] = [];
  for (const cohort of ledger.cohorts) {
    if (cohort.month < from || cohort.month > to) continue;
    const months = to - cohort.month + 1;
    cohorts.push(
      cohort.retained.length === months ? cohort : { ...cohort, retained: cohort.retained.slice(0, months), mrr: cohort.mrr.slice(0, months) },
    );
  }
  return {
    denominator: ledger.denominator,
    firstMonth: from - 1,
    mrr: money(ledger.mrr),
    newMrr: money(ledger.newMrr),
    expansion: money(ledger.expansion),
    reactivation: money(ledger.reactivation),
    contraction: money(ledger.contraction),
    churn: money(ledger.churn),
    customers: counts(ledger.customers),
    newCustomers: counts(ledger.newCustomers),
    reactivatedCustomers: counts(ledger.reactivatedCustomers),
    churnedCustomers: counts(ledger.churnedCustomers),
    expandedCustomers: counts(ledger.expandedCustomers),
    cohorts,
  };
}

// The terms' monthly amounts over their common denominator, per terms table:
// every ledger of the same columns (a period change) reuses them.
const numeratorsOfTerms = new WeakMap<object, { denominator: bigint; numerators: bigint[] }>();

/**
 * The monthly amount of each distinct terms of the columns over their common
 * denominator ({@link overCommonDenominator} of `monthlyAmountFraction`),
 * computed once per columns: the figures that follow single customers read it
 * for every range.
 *
 * @example
 * const { denominator, numerators } = termsAmountsOf(subscriptionColumnsOf(valid))
 * @throws never
 */
export function termsAmountsOf(columns: SubscriptionColumns): { denominator: bigint; numerators: bigint[] } {
  return termNumerators(columns);
}

function termNumerators(columns: SubscriptionColumns): { denominator: bigint; numerators: bigint[] } {
  let known = numeratorsOfTerms.get(columns.termsTable);
  if (known === undefined) {
    known = overCommonDenominator(columns.termsTable.map((terms) => monthlyAmountFraction(terms)));
    numeratorsOfTerms.set(columns.termsTable, known);
  }
  return known;
}

type LedgerRows = Omit<MrrLedger, 'denominator' | 'firstMonth'>;

/** The sweep's months: rows from `from − 1` to `to`, cohorts from `cohortsFrom`. */
interface SweepRange {
  from: number;
  to: number;
  cohortsFrom: number;
}

/**
 * Which rows are each customer's: customer c's are `order[j]` for j in
 * `bounds[c]..bounds[c + 1]`, or, when the columns are `grouped`, the run of
 * rows with customer number c (no order or bounds needed).
 */
interface CustomerGroups {
  order: Int32Array | undefined;
  bounds: Int32Array | undefined;
}

/** Groups rows by customer with a counting sort (input order kept), unless they come grouped. */
function customerGroups(columns: SubscriptionColumns): CustomerGroups {
  if (columns.grouped) return { order: undefined, bounds: undefined };
  const { count, customer } = columns;
  const customerCount = columns.customerIds.length;
  const bounds = new Int32Array(customerCount + 1);
  // Indexed loops: this runs once per ledger, mostly before the optimizing compiler sees it.
  for (let i = 0; i < count; i++) increment(bounds, int32At(customer, i, 'customerGroups') + 1);
  for (let c = 0; c < customerCount; c++) bounds[c + 1] = int32At(bounds, c + 1, 'customerGroups') + int32At(bounds, c, 'customerGroups');
  const order = new Int32Array(count);
  const cursor = bounds.slice(0, customerCount);
  for (let i = 0; i < count; i++) {
    const c = int32At(customer, i, 'customerGroups');
    const at = int32At(cursor, c, 'customerGroups');
    order[at] = i;
    cursor[c] = at + 1;
  }
  return { order, bounds };
}

/** Adds one to a count (the index is in range by construction; checked all the same). */
function increment(counts: Int32Array, index: number): void {
  counts[index] = int32At(counts, index, 'ledger') + 1;
}


/** The ledger's rows from the sweep's sums and counts (row 0 is month `base`). */
function ledgerRows(sums: SweepSums, tally: Tally, base: number): LedgerRows {
  const { length } = tally;
  const totals = (values: SpillingSums): bigint[] => Array.from({ length }, (_, i) => values.total(i));
  const cohorts: LedgerCohort[] = [];
  for (let m = 1; m < length; m++) {
    const mrr = sums.cohortMrr[m];
    const retained = tally.cohortRetained[m];
    const size = tally.cohortSize[m];
    if (size === undefined || size === 0 || mrr === undefined || retained === undefined) continue;
    cohorts.push({
      month: m + base,
      customers: size,
      retained: Array.from(retained),
      mrr: Array.from({ length: length - m }, (_, k) => mrr.total(k)),
    });
  }
  return {
    mrr: totals(sums.mrr),
    newMrr: totals(sums.movement(NEW)),
    expansion: totals(sums.movement(EXPANSION)),
    reactivation: totals(sums.movement(REACTIVATION)),
    contraction: totals(sums.movement(CONTRACTION)),
    churn: totals(sums.movement(CHURN)),
    customers: Array.from(tally.customers),
    newCustomers: Array.from(tally.newCustomers),
    reactivatedCustomers: Array.from(tally.reactivatedCustomers),
    churnedCustomers: Array.from(tally.churnedCustomers),
    expandedCustomers: Array.from(tally.expandedCustomers),
    cohorts,
  };
}

// One sweep. Every customer whose MRR stays below 2^51 is swept in doubles
// (each movement then stays below 2^52, and the sums spill into BigInt
// before they could round: exact, and nothing allocated); the rare customer
// past that is swept in BigInt. Both walk a customer's months with the same
// rule (`movementOf`) and count them in the same `Tally`; only the amounts'
// arithmetic differs. (A walk generic over both arithmetics would make every
// operation of the doubles walk a call on a value of two types. Tried on
// 2026-12-03 with the arithmetic as an object of operations: at 100 k
// customers × 60 months the ledger ran 1.8–2.1× as long once one customer
// past 2^51 made the walk see both types, and its profile showed the
// operations as calls even without one; so the BigInt walk stays a copy.)
//
// Per customer: its rows go into a difference array over the months
// (`from` − 1 is row 0); whatever was active before row 0 is summed up as
// `previous` (MRR at the end of the month before row 0) and `everPaid`
// (amounts are never negative, so a customer has paid before exactly when
// one of its rows with a positive amount was active before). Then one walk
// over the customer's months classifies each change.

// The movements of a customer's month, by `movementOf`, in the order of `SweepSums.movements`.
const NEW = 0;
const REACTIVATION = 1;
const EXPANSION = 2;
const CONTRACTION = 3;
const CHURN = 4;

/**
 * The contract's movement rule: the movement of a customer's month whose MRR
 * changed, from `previous` at the end of the month before to `current` at
 * this month's end (both ≥ 0, not equal), knowing whether it ever paid
 * before. Whatever the movement, its amount is current − previous.
 */
function movementOf(previousPaid: boolean, currentPaid: boolean, rose: boolean, everPaid: boolean): number {
  if (!currentPaid) return CHURN;
  if (!previousPaid) return everPaid ? REACTIVATION : NEW;
  return rose ? EXPANSION : CONTRACTION;
}

/** Per-month counts and the current customer's cohort: the same whichever arithmetic sweeps the customer. */
class Tally {
  readonly customers: Int32Array;
  readonly newCustomers: Int32Array;
  readonly reactivatedCustomers: Int32Array;
  readonly churnedCustomers: Int32Array;
  readonly expandedCustomers: Int32Array;
  /** Per cohort row: customers new that month (cohorts are rows 1..length − 1, the range's months). */
  readonly cohortSize: Int32Array;
  readonly cohortRetained: Int32Array[] = [];
  /** The current customer's cohort row, −1 while it has none. */
  private cohort = -1;
  private retained: Int32Array | undefined = undefined;

  constructor(
    readonly length: number,
    /** The first row whose new customers make a cohort. */
    private readonly cohortRow: number,
  ) {
    this.customers = new Int32Array(length);
    this.newCustomers = new Int32Array(length);
    this.reactivatedCustomers = new Int32Array(length);
    this.churnedCustomers = new Int32Array(length);
    this.expandedCustomers = new Int32Array(length);
    this.cohortSize = new Int32Array(length);
  }

  /** Starts the next customer: no cohort yet. */
  nextCustomer(): void {
    this.cohort = -1;
    this.retained = undefined;
  }

  /** Counts a movement (from `movementOf`) of the current customer at month row m. */
  movement(kind: number, m: number): void {
    if (kind === NEW) {
      increment(this.newCustomers, m);
      if (m >= this.cohortRow) {
        this.cohort = m;
        increment(this.cohortSize, m);
        this.retained = this.cohortRetained[m] ??= new Int32Array(this.length - m);
      }
    } else if (kind === REACTIVATION) increment(this.reactivatedCustomers, m);
    else if (kind === EXPANSION) increment(this.expandedCustomers, m);
    else if (kind === CHURN) increment(this.churnedCustomers, m);
  }

  /**
   * Counts a month the current customer pays at the end of: the months since
   * its cohort's first (where its MRR goes into that cohort's sums), or −1
   * when it is in no cohort of the range.
   */
  paying(m: number): number {
    increment(this.customers, m);
    const retained = this.retained;
    if (retained === undefined) return -1;
    const since = m - this.cohort;
    increment(retained, since);
    return since;
  }
}
keepShape(new Tally(0, 1));

/** The sweep's sums: MRR, the movements by kind, each cohort's MRR by month since its start. */
class SweepSums {
  readonly mrr: SpillingSums;
  /** Indexed by movement (`NEW` … `CHURN`). */
  readonly movements: SpillingSums[] = [];
  readonly cohortMrr: (SpillingSums | undefined)[] = [];
  constructor(readonly length: number) {
    this.mrr = new SpillingSums(length);
    for (let kind = NEW; kind <= CHURN; kind++) this.movements.push(new SpillingSums(length));
  }
  movement(kind: number): SpillingSums {
    return itemAt(this.movements, kind, 'SweepSums.movement');
  }
  cohort(m: number): SpillingSums {
    return (this.cohortMrr[m] ??= new SpillingSums(this.length - m));
  }
}
keepShape(new SweepSums(0));

/**
 * The ledger's rows in one pass over the customers, in doubles except for
 * the customers whose MRR could reach 2^51 (or every customer with
 * `arithmetic` `'bigint'`, which tests compare with the doubles).
 */
function sweep(numerators: readonly bigint[], columns: SubscriptionColumns, range: SweepRange, arithmetic: 'fastest' | 'bigint'): LedgerRows {
  const caller = 'sweep';
  const { count, customer: customerOf, terms: priceOf, startMonth, endMonth } = columns;
  const customerCount = columns.customerIds.length;
  const base = range.from - 1;
  const length = range.to - base + 1;
  // Cohorts are the rows from cohortsFrom on (at least row 1, the range's first month).
  const tally = new Tally(length, Math.max(1, range.cohortsFrom - base));
  const sums = new SweepSums(length);
  const { order, bounds } = customerGroups(columns);
  const prices = Float64Array.from(numerators, (n) => Number(n));
  const limit = arithmetic === 'bigint' ? -1 : FAST_CUSTOMER_LIMIT;
  const diff = new Float64Array(length + 1);
  const { mrr } = sums;

  let row = 0;
  for (let c = 0; c < customerCount; c++) {
    let j = row;
    let until: number;
    if (bounds === undefined) {
      while (row < count && customerOf[row] === c) row++;
      until = row;
    } else {
      j = int32At(bounds, c, caller);
      until = int32At(bounds, c + 1, caller);
    }
    const from = j;
    let first = length;
    let last = -1;
    let previous = 0;
    let everPaid = false;
    let bound = 0;
    let big = false;
    for (; j < until; j++) {
      const i = order === undefined ? j : int32At(order, j, caller);
      const begins = int32At(startMonth, i, caller) - base;
      const ends = int32At(endMonth, i, caller) - base;
      if (ends <= begins) continue; // never active at a month end
      const value = float64At(prices, int32At(priceOf, i, caller), caller);
      bound += value;
      if (bound >= limit) {
        big = true;
        break;
      }
      if (begins < 0) {
        if (value > 0) everPaid = true;
        if (ends < 0) continue;
        previous += value;
        first = 0;
      } else if (begins < length) {
        diff[begins] = float64At(diff, begins, caller) + value;
        if (begins < first) first = begins;
      } else {
        continue;
      }
      if (ends < length) {
        diff[ends] = float64At(diff, ends, caller) - value;
        if (ends > last) last = ends;
      } else {
        last = length;
      }
    }
    if (big) {
      diff.fill(0);
      sweepBigCustomer(numerators, columns, order, from, until, base, tally, sums);
      continue;
    }
    if (last < 0) continue;

    tally.nextCustomer();
    let cohortMrr: SpillingSums | undefined;
    let current = previous;
    const stop = last < length ? last : length - 1;
    for (let m = first; m <= stop; m++) {
      current += float64At(diff, m, caller);
      diff[m] = 0;
      if (current !== previous) {
        const kind = movementOf(previous > 0, current > 0, current > previous, everPaid);
        sums.movement(kind).add(m, current - previous);
        tally.movement(kind, m);
        if (kind === NEW) everPaid = true;
        previous = current;
      }
      if (current > 0) {
        mrr.add(m, current);
        const since = tally.paying(m);
        if (since >= 0) {
          if (since === 0) cohortMrr = sums.cohort(m);
          cohortMrr?.add(since, current);
        }
      }
    }
    diff[length] = 0;
  }
  return ledgerRows(sums, tally, base);
}

/** One customer's rows (`from` to `until` in `order`) swept in BigInt: the doubles walk, with BigInt amounts. */
function sweepBigCustomer(
  numerators: readonly bigint[],
  columns: SubscriptionColumns,
  order: Int32Array | undefined,
  from: number,
  until: number,
  base: number,
  tally: Tally,
  sums: SweepSums,
): void {
  const caller = 'sweepBigCustomer';
  const { terms: priceOf, startMonth, endMonth } = columns;
  const { length } = tally;
  const diff = new Array<bigint>(length + 1).fill(0n);
  let first = length;
  let last = -1;
  let previous = 0n;
  let everPaid = false;
  for (let j = from; j < until; j++) {
    const i = order === undefined ? j : int32At(order, j, caller);
    const begins = int32At(startMonth, i, caller) - base;
    const ends = int32At(endMonth, i, caller) - base;
    if (ends <= begins) continue; // never active at a month end
    const value = itemAt(numerators, int32At(priceOf, i, caller), caller);
    if (begins < 0) {
      if (value > 0n) everPaid = true;
      if (ends < 0) continue;
      previous += value;
      first = 0;
    } else if (begins < length) {
      diff[begins] = itemAt(diff, begins, caller) + value;
      if (begins < first) first = begins;
    } else {
      continue;
    }
    if (ends < length) {
      diff[ends] = itemAt(diff, ends, caller) - value;
      if (ends > last) last = ends;
    } else {
      last = length;
    }
  }
  if (last < 0) return;

  tally.nextCustomer();
  let cohortMrr: SpillingSums | undefined;
  let current = previous;
  const stop = last < length ? last : length - 1;
  for (let m = first; m <= stop; m++) {
    current += itemAt(diff, m, caller);
    if (current !== previous) {
      const kind = movementOf(previous > 0n, current > 0n, current > previous, everPaid);
      sums.movement(kind).addBig(m, current - previous);
      tally.movement(kind, m);
      if (kind === NEW) everPaid = true;
      previous = current;
    }
    if (current > 0n) {
      sums.mrr.addBig(m, current);
      const since = tally.paying(m);
      if (since >= 0) {
        if (since === 0) cohortMrr = sums.cohort(m);
        cohortMrr?.addBig(since, current);
      }
    }
  }
}
