import type { ScaledDecimal } from '../exact/index.js';
import type { BillingInterval } from '../../types.js';
import type { ValidDataset, ValidSubscription } from '../validate/index.js';

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
  /** Start instant (epoch ms) per row. */
  readonly start: Float64Array;
  /** End instant (epoch ms) per row; Infinity while open. */
  readonly end: Float64Array;
  /** Index into `termsTable` per row. */
  readonly terms: Int32Array;
  /** The distinct terms, each once. */
  readonly termsTable: readonly SubscriptionTerms[];
}

/**
 * Gives each distinct set of terms a number. Validation hands out one
 * decimal object per distinct input value, so terms are told apart by
 * identity, without comparing digits.
 */
export class TermsTable {
  readonly entries: SubscriptionTerms[] = [];
  private readonly byAmount = new Map<object, Map<object, Map<object, Map<object, Map<string, number>>>>>();

  /** The number of these terms, adding them on first sight. */
  indexOf(
    amount: ScaledDecimal,
    quantity: ScaledDecimal,
    discount: ScaledDecimal,
    fx: ScaledDecimal,
    interval: BillingInterval,
    intervalCount: number,
  ): number {
    const byInterval = getOrCreate(getOrCreate(getOrCreate(getOrCreate(this.byAmount, amount), quantity), discount), fx);
    const key = intervalCount === 1 ? interval : `${interval}/${intervalCount}`;
    let index = byInterval.get(key);
    if (index === undefined) {
      index = this.entries.length;
      this.entries.push({ amount, quantity, discount, fx, interval, intervalCount });
      byInterval.set(key, index);
    }
    return index;
  }
}

function getOrCreate<K, InnerKey, V>(map: Map<K, Map<InnerKey, V>>, key: K): Map<InnerKey, V> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

/**
 * Appends validated subscriptions into columns sized for at most `capacity`
 * rows, then hands out the columns with {@link SubscriptionColumnsBuilder.build}.
 */
export class SubscriptionColumnsBuilder {
  private count = 0;
  private readonly ids: string[] = [];
  private readonly customerIds: string[] = [];
  private readonly customerNumbers = new Map<string, number>();
  private readonly customer: Int32Array;
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private readonly terms: Int32Array;
  readonly termsTable = new TermsTable();
  // Subscriptions of a customer usually come together: skip the lookup for a repeat.
  private lastCustomerId: string | undefined;
  private lastCustomer = -1;

  constructor(capacity: number) {
    this.customer = new Int32Array(capacity);
    this.start = new Float64Array(capacity);
    this.end = new Float64Array(capacity);
    this.terms = new Int32Array(capacity);
  }

  /** Adds a row; `end` is null while open. */
  push(id: string, customerId: string, start: number, end: number | null, terms: number): void {
    const row = this.count++;
    this.ids.push(id);
    let customer = this.lastCustomer;
    if (customerId !== this.lastCustomerId) {
      const known = this.customerNumbers.get(customerId);
      if (known === undefined) {
        customer = this.customerIds.length;
        this.customerIds.push(customerId);
        this.customerNumbers.set(customerId, customer);
      } else {
        customer = known;
      }
      this.lastCustomerId = customerId;
      this.lastCustomer = customer;
    }
    this.customer[row] = customer;
    this.start[row] = start;
    this.end[row] = end === null ? Infinity : end;
    this.terms[row] = terms;
  }

  build(): SubscriptionColumns {
    const count = this.count;
    return {
      count,
      ids: this.ids,
      customer: this.customer.subarray(0, count),
      customerIds: this.customerIds,
      start: this.start.subarray(0, count),
      end: this.end.subarray(0, count),
      terms: this.terms.subarray(0, count),
      termsTable: this.termsTable.entries,
    };
  }
}

// Columns of the datasets and arrays this module produced or converted. A
// ValidDataset is read-only by contract: the columns are its subscriptions.
const columnsOfDataset = new WeakMap<object, SubscriptionColumns>();
const columnsOfArray = new WeakMap<object, SubscriptionColumns>();

/**
 * A validated dataset whose subscriptions are held as columns: the
 * `subscriptions` objects of the public type are made on first read (and
 * kept), so the report engines, which read the columns, never pay for them.
 *
 * @example
 * const valid = datasetOverColumns({ currency: 'EUR', deals: [], funnel: [], surveys: [] }, columns)
 * valid.subscriptions.length === columns.count //=> true
 * @throws never
 */
export function datasetOverColumns(rest: Omit<ValidDataset, 'subscriptions'>, columns: SubscriptionColumns): ValidDataset {
  let objects: ValidSubscription[] | undefined;
  const { currency, ...sections } = rest;
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
    ...sections,
  };
  columnsOfDataset.set(valid, columns);
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
  const ids: string[] = new Array<string>(count);
  const customerIds: string[] = [];
  const customer = new Int32Array(count);
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const terms = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const sub = subscriptions[i]!;
    ids[i] = sub.id;
    customer[i] = sub.customerIndex;
    customerIds[sub.customerIndex] ??= sub.customerId;
    start[i] = sub.start;
    end[i] = sub.end === null ? Infinity : sub.end;
    terms[i] = table.indexOf(sub.amount, sub.quantity, sub.discount, sub.fx, sub.interval, sub.intervalCount);
  }
  return { count, ids, customer, customerIds, start, end, terms, termsTable: table.entries };
}

/** The public objects of columns, in row order. */
function subscriptionObjects(columns: SubscriptionColumns): ValidSubscription[] {
  const { count, ids, customer, customerIds, start, end, terms, termsTable } = columns;
  const out = new Array<ValidSubscription>(count);
  for (let i = 0; i < count; i++) {
    const t = termsTable[terms[i]!]!;
    const customerIndex = customer[i]!;
    const until = end[i]!;
    out[i] = {
      id: ids[i]!,
      customerId: customerIds[customerIndex]!,
      customerIndex,
      start: start[i]!,
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
