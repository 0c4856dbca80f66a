import type { ScaledDecimal } from '../exact/index.js';
import type { BillingInterval } from '../../types.js';
import { IdTable } from '../idTable/index.js';
import { float64At, int32At, itemAt, uint8At } from '../../_lib/itemAt/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';
import { firstDayOfMonth, monthOfInstant } from '../month/index.js';
import { dateKeyInstant, dateKeyMonth, MS_PER_DAY } from '../time/index.js';
import { surveyColumns, surveyObjects, type SurveyColumns } from '../surveyColumns/index.js';
import type { ValidDataset, ValidSubscription, ValidSurvey } from '../validate/index.js';

/** What a subscription's monthly amount depends on; datasets repeat a short price list, so rows share these. */
export interface SubscriptionTerms {
  amount: ScaledDecimal;
  quantity: ScaledDecimal;
  discount: ScaledDecimal;
  /** Rate into the reporting currency (1 for the reporting currency). */
  fx: ScaledDecimal;
  interval: BillingInterval;
  intervalCount: number;
}

/**
 * Validated subscriptions as columns (struct of arrays): one typed-array
 * entry per subscription instead of one object, so a million customers'
 * subscriptions take a few bytes each and the engines read them in tight
 * loops. Row i is the i-th valid subscription in input order.
 */
export interface SubscriptionColumns {
  /** Number of rows. */
  readonly count: number;
  /** Subscription id per row. */
  readonly ids: readonly string[];
  /** Dense customer number per row (0, 1, 2… in order of first appearance). */
  readonly customer: Int32Array;
  /** Customer id per customer number. */
  readonly customerIds: readonly string[];
  /** Whether each customer's rows come together (customer numbers never go down): the ledger then needs no sort. */
  readonly grouped: boolean;
  /** Start instant (epoch ms) per row. */
  readonly start: Float64Array;
  /** End instant (epoch ms) per row; Infinity while open. */
  readonly end: Float64Array;
  /** Month index of the start per row: the first month the row counts at the end of. */
  readonly startMonth: Int32Array;
  /** Month index of the end per row, {@link OPEN_END_MONTH} while open: the first month the row no longer counts at the end of. */
  readonly endMonth: Int32Array;
  /** Index into `termsTable` per row. */
  readonly terms: Int32Array;
  /** The distinct terms, each once. */
  readonly termsTable: readonly SubscriptionTerms[];
  /**
   * `start[row]`, without making the whole `start` column when it is made on first read: for passes that
   * need a few rows' instants (renewals compare instants only in a subscription's last month).
   */
  startAt(row: number): number;
  /** `end[row]` (Infinity while open), without making the whole `end` column; see {@link SubscriptionColumns.startAt}. */
  endAt(row: number): number;
  /** The earliest start (epoch ms), Infinity without rows: with `lastInstant`, the data's span without a pass over the rows. */
  readonly firstInstant: number;
  /** The latest start or end (epoch ms), −Infinity without rows. */
  readonly lastInstant: number;
}

/** `endMonth` of an open subscription: after every month a report can name. */
export const OPEN_END_MONTH = 2 ** 31 - 1;

/** A decimal with a number that stands for it (the same number for the same decimal object). */
export interface NumberedDecimal {
  readonly value: ScaledDecimal;
  readonly id: number;
}

/** Words of a terms key: amount, quantity, discount and fx numbers, interval, interval count. */
const KEY_WORDS = 6;

/**
 * Gives each distinct set of terms a number. The decimals come numbered
 * (validation numbers each distinct input value), so terms are told apart
 * by six numbers in one probe of a typed-array table, without comparing
 * digits or nesting maps.
 */
export class TermsTable {
  readonly entries: SubscriptionTerms[] = [];
  private keys = new Float64Array(KEY_WORDS * 16);
  /** Per slot: 1 + entry number, 0 when empty. */
  private slots = new Int32Array(32);
  private fallback: Map<string, number> | undefined;

  /** The number of these terms, adding them on first sight. */
  indexOf(
    amount: NumberedDecimal,
    quantity: NumberedDecimal,
    discount: NumberedDecimal,
    fx: NumberedDecimal,
    interval: BillingInterval,
    intervalCount: number,
  ): number {
    const code = INTERVAL_CODES[interval];
    if (this.fallback !== undefined) {
      const key = `${amount.id},${quantity.id},${discount.id},${fx.id},${code},${intervalCount}`;
      let index = this.fallback.get(key);
      if (index === undefined) {
        index = this.add(amount, quantity, discount, fx, interval, intervalCount);
        this.fallback.set(key, index);
      }
      return index;
    }
    const hash = termsHash(amount.id, quantity.id, discount.id, fx.id, code, intervalCount);
    const { slots, keys } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask, probes = 0; ; slot = (slot + 1) & mask, probes++) {
      const entry = int32At(slots, slot, 'TermsTable.indexOf');
      if (entry === 0) {
        const index = this.add(amount, quantity, discount, fx, interval, intervalCount);
        slots[slot] = index + 1;
        if (probes > MAX_PROBES) this.useMap();
        else if (this.entries.length * 2 > slots.length) this.rehash();
        return index;
      }
      const at = (entry - 1) * KEY_WORDS;
      if (
        keys[at] === amount.id &&
        keys[at + 1] === quantity.id &&
        keys[at + 2] === discount.id &&
        keys[at + 3] === fx.id &&
        keys[at + 4] === code &&
        keys[at + 5] === intervalCount
      ) {
        return entry - 1;
      }
    }
  }

  private add(
    amount: NumberedDecimal,
    quantity: NumberedDecimal,
    discount: NumberedDecimal,
    fx: NumberedDecimal,
    interval: BillingInterval,
    intervalCount: number,
  ): number {
    const index = this.entries.length;
    this.entries.push({ amount: amount.value, quantity: quantity.value, discount: discount.value, fx: fx.value, interval, intervalCount });
    if ((index + 1) * KEY_WORDS > this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    const at = index * KEY_WORDS;
    const { keys } = this;
    keys[at] = amount.id;
    keys[at + 1] = quantity.id;
    keys[at + 2] = discount.id;
    keys[at + 3] = fx.id;
    keys[at + 4] = INTERVAL_CODES[interval];
    keys[at + 5] = intervalCount;
    return index;
  }

  /** Crafted input could make many terms collide: from then on, a `Map` (seeded hash) keeps the work linear. */
  private useMap(): void {
    const map = new Map<string, number>();
    const { keys } = this;
    for (let index = 0; index < this.entries.length; index++) map.set(Array.from(keys.subarray(index * KEY_WORDS, (index + 1) * KEY_WORDS)).join(','), index);
    this.fallback = map;
  }

  /** Twice the slots, every entry placed again (the distinct terms are few: this is rare). */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    const { keys } = this;
    for (let index = 0; index < this.entries.length; index++) {
      const [amount = 0, quantity = 0, discount = 0, fx = 0, code = 0, intervalCount = 0] = keys.subarray(index * KEY_WORDS, (index + 1) * KEY_WORDS);
      const hash = termsHash(amount, quantity, discount, fx, code, intervalCount);
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
  }
}

function termsHash(amount: number, quantity: number, discount: number, fx: number, code: number, intervalCount: number): number {
  let hash = Math.imul(amount, 0x9e3779b1) ^ Math.imul(quantity, 0x85ebca77);
  hash = Math.imul(hash ^ Math.imul(discount, 0xc2b2ae3d) ^ Math.imul(fx, 0x27d4eb2f), 0x165667b1);
  hash = Math.imul(hash ^ (code + 5 * intervalCount), 0x9e3779b1);
  return hash ^ (hash >>> 15);
}

/** Probes past which the keys are taken to collide on purpose. */
const MAX_PROBES = 256;

const INTERVAL_CODES: Readonly<Record<BillingInterval, number>> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };

/** Above every `plainDateKey` (small integers, so the extremes stay small integers too). */
const NO_FIRST_KEY = 2 ** 30;

/**
 * Appends validated subscriptions into columns sized for at most `capacity`
 * rows, then hands out the columns with {@link SubscriptionColumnsBuilder.build}.
 */
export class SubscriptionColumnsBuilder {
  private count = 0;
  private customerCount = 0;
  private readonly customerNumbers: IdTable;
  private readonly customer: Int32Array;
  /**
   * Day of the month (0-based) of each plain start and end: with the months,
   * the instants, which the engines that sum MRR never read. The instants
   * themselves are stored only once a row's are not plain dates.
   */
  private readonly startDay: Uint8Array;
  private readonly endDay: Uint8Array;
  private start: Float64Array | undefined;
  private end: Float64Array | undefined;
  private readonly startMonth: Int32Array;
  private readonly endMonth: Int32Array;
  private readonly terms: Int32Array;
  private grouped = true;
  readonly termsTable = new TermsTable();
  // Subscriptions of a customer usually come together: skip the lookup for a repeat.
  private lastCustomerId: string | undefined;
  private lastCustomer = -1;
  // The extremes of the dates, so the data's month range needs no pass: plain dates as keys, other instants as instants.
  private firstKey = NO_FIRST_KEY;
  private lastKey = -1;
  private firstInstant = Infinity;
  private lastInstant = -Infinity;

  constructor(capacity: number) {
    // Customers have a few subscriptions each: half the rows leaves room for all of them (the table grows past it).
    this.customerNumbers = new IdTable(capacity >> 1);
    this.customer = new Int32Array(capacity);
    this.startDay = new Uint8Array(capacity);
    this.endDay = new Uint8Array(capacity);
    this.startMonth = new Int32Array(capacity);
    this.endMonth = new Int32Array(capacity);
    this.terms = new Int32Array(capacity);
  }

  /** Number of rows so far. */
  get rows(): number {
    return this.count;
  }

  /** Adds a row; `end` is null while open. */
  push(customerId: string, start: number, end: number | null, terms: number): void {
    const row = this.add(customerId, terms);
    const instants = this.instants(row);
    instants.start[row] = start;
    this.startMonth[row] = monthOfInstant(start);
    if (start < this.firstInstant) this.firstInstant = start;
    const last = end ?? start;
    if (last > this.lastInstant) this.lastInstant = last;
    if (end === null) {
      instants.end[row] = Infinity;
      this.endMonth[row] = OPEN_END_MONTH;
    } else {
      instants.end[row] = end;
      this.endMonth[row] = monthOfInstant(end);
    }
  }

  /** The instant columns, made at the first row whose dates are not plain (the rows before it filled from their months and days). */
  private instants(row: number): { start: Float64Array; end: Float64Array } {
    if (this.start === undefined || this.end === undefined) {
      const capacity = this.startMonth.length;
      this.start = new Float64Array(capacity);
      this.end = new Float64Array(capacity);
      fillInstants(this.start, this.startMonth, this.startDay, row);
      fillInstants(this.end, this.endMonth, this.endDay, row);
    }
    return { start: this.start, end: this.end };
  }

  /**
   * {@link SubscriptionColumnsBuilder.push} for plain dates given as
   * `plainDateKey`s (−1 for an open end): no instant is boxed on the way.
   */
  pushPlainDates(customerId: string, startKey: number, endKey: number, terms: number): void {
    const row = this.add(customerId, terms);
    this.startMonth[row] = dateKeyMonth(startKey);
    this.startDay[row] = startKey & DAY_BITS;
    if (startKey < this.firstKey) this.firstKey = startKey;
    // Keys order like the dates: an end is after its start.
    const lastKey = endKey < 0 ? startKey : endKey;
    if (lastKey > this.lastKey) this.lastKey = lastKey;
    if (endKey < 0) {
      this.endMonth[row] = OPEN_END_MONTH;
    } else {
      this.endMonth[row] = dateKeyMonth(endKey);
      this.endDay[row] = endKey & DAY_BITS;
    }
    // Once some row's instants are stored, every row's are.
    if (this.start !== undefined && this.end !== undefined) {
      fillInstants(this.start, this.startMonth, this.startDay, row + 1, row);
      fillInstants(this.end, this.endMonth, this.endDay, row + 1, row);
    }
  }

  /** A new row with its customer and terms; the caller writes its dates. */
  private add(customerId: string, terms: number): number {
    const row = this.count++;
    let customer = this.lastCustomer;
    if (customerId !== this.lastCustomerId) {
      const next = this.customerCount;
      const known = this.customerNumbers.claim(customerId, next);
      if (known === -1) {
        customer = next;
        this.customerCount++;
      } else {
        customer = known;
        if (known < this.lastCustomer) this.grouped = false;
      }
      this.lastCustomerId = customerId;
      this.lastCustomer = customer;
    }
    this.customer[row] = customer;
    this.terms[row] = terms;
    return row;
  }

  /**
   * The columns, with `ids` the subscription id of each row in row order
   * (validation hands over the list it checked them unique with).
   *
   * @throws {RangeError} when `ids` does not have one id per row
   */
  build(ids: string[]): SubscriptionColumns {
    const count = this.count;
    if (ids.length !== count) throw new RangeError(`SubscriptionColumnsBuilder.build: ${ids.length} ids for ${count} rows`);
    // Customers were numbered in the order the table first saw them: its keys are the customer ids by number.
    const customerIds = this.customerNumbers.takeKeys();
    const firstInstant = Math.min(this.firstInstant, this.firstKey === NO_FIRST_KEY ? Infinity : dateKeyInstant(this.firstKey));
    const lastInstant = Math.max(this.lastInstant, this.lastKey < 0 ? -Infinity : dateKeyInstant(this.lastKey));
    return new BuiltColumns(
      count,
      ids,
      this.customer.subarray(0, count),
      customerIds,
      this.grouped,
      this.startMonth.subarray(0, count),
      this.endMonth.subarray(0, count),
      this.terms.subarray(0, count),
      this.termsTable.entries,
      firstInstant,
      lastInstant,
      this.start?.subarray(0, count) ?? this.startDay.subarray(0, count),
      this.end?.subarray(0, count) ?? this.endDay.subarray(0, count),
    );
  }
}

/** The day of the month (0-based) in a `plainDateKey`. */
const DAY_BITS = 31;

/**
 * Writes the instants of rows `from` to `to` − 1 from their months and days
 * of the month (an open end, {@link OPEN_END_MONTH}, is Infinity).
 */
function fillInstants(instants: Float64Array, months: Int32Array, days: Uint8Array, to: number, from = 0): void {
  for (let row = from; row < to; row++) instants[row] = instantOfDay(months, days, row);
}

/** The instant of row `row` from its month and day of the month (Infinity for an open end). */
function instantOfDay(months: Int32Array, days: Uint8Array, row: number): number {
  const month = int32At(months, row, 'fillInstants');
  return month === OPEN_END_MONTH ? Infinity : (firstDayOfMonth(month) + uint8At(days, row, 'fillInstants')) * MS_PER_DAY;
}

/**
 * Columns made by validation. When every date was a plain date the start and
 * end instants are made on first read, from the months and the days of the
 * month: the ledger and the report never read them, so a million rows skip
 * 32 MB of doubles (memory outside the heap, whose growth starts V8's full
 * collections of the whole input).
 */
class BuiltColumns implements SubscriptionColumns {
  constructor(
    readonly count: number,
    readonly ids: readonly string[],
    readonly customer: Int32Array,
    readonly customerIds: readonly string[],
    readonly grouped: boolean,
    readonly startMonth: Int32Array,
    readonly endMonth: Int32Array,
    readonly terms: Int32Array,
    readonly termsTable: readonly SubscriptionTerms[],
    readonly firstInstant: number,
    readonly lastInstant: number,
    /** The start instants, or the starts' days of the month until they are made. */
    private starts: Float64Array | Uint8Array,
    private ends: Float64Array | Uint8Array,
  ) {}

  get start(): Float64Array {
    if (this.starts instanceof Float64Array) return this.starts;
    const instants = new Float64Array(this.count);
    fillInstants(instants, this.startMonth, this.starts, this.count);
    this.starts = instants;
    return instants;
  }

  get end(): Float64Array {
    if (this.ends instanceof Float64Array) return this.ends;
    const instants = new Float64Array(this.count);
    fillInstants(instants, this.endMonth, this.ends, this.count);
    this.ends = instants;
    return instants;
  }

  startAt(row: number): number {
    const starts = this.starts;
    return starts instanceof Float64Array ? float64At(starts, row, 'startAt') : instantOfDay(this.startMonth, starts, row);
  }

  endAt(row: number): number {
    const ends = this.ends;
    return ends instanceof Float64Array ? float64At(ends, row, 'endAt') : instantOfDay(this.endMonth, ends, row);
  }
}

keepShape(new TermsTable());
keepShape(new SubscriptionColumnsBuilder(0));
keepShape(new SubscriptionColumnsBuilder(0).build([]));

// Columns of the datasets and arrays this module produced or converted. A
// ValidDataset is read-only by contract: the columns are its subscriptions
// and its survey responses.
const columnsOfDataset = new WeakMap<object, SubscriptionColumns>();
// A dataset's survey columns, or how to make them on first read (a cut the report need not make).
const surveysOfDataset = new WeakMap<object, SurveyColumns | (() => SurveyColumns)>();
const columnsOfArray = new WeakMap<object, SubscriptionColumns>();

/**
 * A validated dataset whose subscriptions and survey responses are held as
 * columns: the `subscriptions` and `surveys` objects of the public types are
 * made on first read (and kept), so the report engines, which read the
 * columns, never pay for them.
 *
 * @example
 * const valid = datasetOverColumns({ currency: 'EUR', deals: [], funnel: [] }, columns, surveyColumns([]))
 * valid.subscriptions.length === columns.count //=> true
 * @throws never
 */
export function datasetOverColumns(
  rest: Omit<ValidDataset, 'subscriptions' | 'surveys'>,
  columns: SubscriptionColumns,
  surveys: SurveyColumns | (() => SurveyColumns),
): ValidDataset {
  let objects: ValidSubscription[] | undefined;
  let surveyList: ValidSurvey[] | undefined;
  const { currency, deals, funnel, ...sections } = rest;
  const valid: ValidDataset = {
    currency,
    get subscriptions(): ValidSubscription[] {
      if (objects === undefined) {
        objects = subscriptionObjects(columns);
        columnsOfArray.set(objects, columns);
      }
      return objects;
    },
    set subscriptions(value: ValidSubscription[]) {
      objects = value;
      columnsOfDataset.delete(valid);
    },
    deals,
    funnel,
    get surveys(): ValidSurvey[] {
      surveyList ??= surveyObjects(surveyColumnsOf(valid));
      return surveyList;
    },
    set surveys(value: ValidSurvey[]) {
      surveyList = value;
      surveysOfDataset.delete(valid);
    },
    ...sections,
  };
  columnsOfDataset.set(valid, columns);
  surveysOfDataset.set(valid, surveys);
  return valid;
}

/**
 * The subscriptions of a validated dataset as columns: the validator's own
 * when it made the dataset, else converted from `subscriptions`.
 *
 * @example
 * subscriptionColumnsOf(validateDataset(json)).count //=> 203447
 * @throws never
 */
export function subscriptionColumnsOf(valid: ValidDataset): SubscriptionColumns {
  return columnsOfDataset.get(valid) ?? subscriptionColumns(valid.subscriptions);
}

/**
 * The survey responses of a validated dataset as columns: the validator's
 * own when it made the dataset, else converted from `surveys`.
 *
 * @example
 * surveyColumnsOf(validateDataset(json)).count //=> 175359
 * @throws never
 */
export function surveyColumnsOf(valid: ValidDataset): SurveyColumns {
  const known = surveysOfDataset.get(valid);
  if (typeof known !== 'function') return known ?? surveyColumns(valid.surveys);
  const made = known();
  surveysOfDataset.set(valid, made);
  return made;
}

/**
 * Validated subscription objects as columns (each row keeps its
 * `customerIndex`).
 *
 * @example
 * subscriptionColumns(valid.subscriptions).start[0] //=> 1705276800000
 * @throws never
 */
export function subscriptionColumns(subscriptions: readonly ValidSubscription[]): SubscriptionColumns {
  const known = columnsOfArray.get(subscriptions);
  if (known !== undefined && known.count === subscriptions.length) return known;
  const count = subscriptions.length;
  const table = new TermsTable();
  // Decimals are told apart by identity, as validation tells its values apart.
  const numbers = new Map<ScaledDecimal, NumberedDecimal>();
  const numbered = (value: ScaledDecimal): NumberedDecimal => {
    let known = numbers.get(value);
    if (known === undefined) {
      known = { value, id: numbers.size };
      numbers.set(value, known);
    }
    return known;
  };
  const ids: string[] = new Array<string>(count);
  const customerIds: string[] = [];
  const customer = new Int32Array(count);
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const startMonth = new Int32Array(count);
  const endMonth = new Int32Array(count);
  const terms = new Int32Array(count);
  let grouped = true;
  let firstInstant = Infinity;
  let lastInstant = -Infinity;
  for (const [i, sub] of subscriptions.entries()) {
    ids[i] = sub.id;
    customer[i] = sub.customerIndex;
    if (i > 0 && sub.customerIndex < (customer[i - 1] ?? 0)) grouped = false;
    customerIds[sub.customerIndex] ??= sub.customerId;
    start[i] = sub.start;
    startMonth[i] = monthOfInstant(sub.start);
    end[i] = sub.end === null ? Infinity : sub.end;
    endMonth[i] = sub.end === null ? OPEN_END_MONTH : monthOfInstant(sub.end);
    terms[i] = table.indexOf(numbered(sub.amount), numbered(sub.quantity), numbered(sub.discount), numbered(sub.fx), sub.interval, sub.intervalCount);
    firstInstant = Math.min(firstInstant, sub.start);
    lastInstant = Math.max(lastInstant, sub.end ?? sub.start);
  }
  return {
    count,
    ids,
    customer,
    customerIds,
    grouped,
    start,
    end,
    startMonth,
    endMonth,
    terms,
    termsTable: table.entries,
    firstInstant,
    lastInstant,
    startAt: (row) => float64At(start, row, 'startAt'),
    endAt: (row) => float64At(end, row, 'endAt'),
  };
}

/** The public objects of columns, in row order. */
function subscriptionObjects(columns: SubscriptionColumns): ValidSubscription[] {
  const { ids, customer, customerIds, start, end, terms, termsTable } = columns;
  const out = new Array<ValidSubscription>(columns.count);
  for (const [i, id] of ids.entries()) {
    const t = itemAt(termsTable, itemAt(terms, i, 'subscriptionObjects'), 'subscriptionObjects');
    const customerIndex = itemAt(customer, i, 'subscriptionObjects');
    const until = itemAt(end, i, 'subscriptionObjects');
    out[i] = {
      id,
      customerId: itemAt(customerIds, customerIndex, 'subscriptionObjects'),
      customerIndex,
      start: itemAt(start, i, 'subscriptionObjects'),
      end: until === Infinity ? null : until,
      amount: t.amount,
      interval: t.interval,
      intervalCount: t.intervalCount,
      quantity: t.quantity,
      discount: t.discount,
      fx: t.fx,
    };
  }
  return out;
}
