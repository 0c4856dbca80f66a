import { scaledToExact, sumScaled, type ExactDecimal } from '../../engine/exact/index.js';
import type { Period } from '../../engine/options/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';
import { monthOfInstant } from '../../engine/month/index.js';
import { float64At, itemAt, uint8At } from '../itemAt/index.js';

/** Deal statuses as numbers in {@link DealColumns.status}. */
export const OPEN = 0;
export const WON = 1;
export const LOST = 2;
/** {@link DealColumns.closedMonth} of a deal without a close instant. */
export const NOT_CLOSED = -(2 ** 31);

/**
 * Validated deals as columns (typed arrays), made once per deals array and
 * kept: the sales metrics read a range's deals in tight loops with no object
 * per deal, and every range of a period change reads the same columns.
 */
export interface DealColumns {
  readonly count: number;
  readonly createdAt: Float64Array;
  /** Close instant, NaN while `null`. */
  readonly closedAt: Float64Array;
  /** Month index of `createdAt`. */
  readonly createdMonth: Int32Array;
  /** Month index of `closedAt`, {@link NOT_CLOSED} while `null`. */
  readonly closedMonth: Int32Array;
  /** {@link OPEN}, {@link WON} or {@link LOST}. */
  readonly status: Uint8Array;
  /** Owner number (index into `owners`), −1 without. */
  readonly owner: Int32Array;
  readonly owners: readonly string[];
  /** Stage number (index into `stages`), −1 without. */
  readonly stage: Int32Array;
  readonly stages: readonly string[];
  /** The largest scale of the amounts. */
  readonly scale: number;
  /**
   * Amounts as integer units at `scale` when every one, and their sum, is an exact double (amounts are
   * never negative, so then every partial sum is exact); `null` otherwise (the sums go through BigInt).
   */
  readonly units: Float64Array | null;
  readonly deals: readonly ValidDeal[];
}

const kept = new WeakMap<readonly ValidDeal[], DealColumns>();

/**
 * The {@link DealColumns} of a deals array, kept per array (validated data is read-only; an array whose
 * length changed is read again).
 *
 * @example
 * dealColumnsOf(valid.deals).status[0] //=> 1 (won)
 * @throws never
 */
export function dealColumnsOf(deals: readonly ValidDeal[]): DealColumns {
  const known = kept.get(deals);
  if (known !== undefined && known.count === deals.length) return known;
  const count = deals.length;
  const createdAt = new Float64Array(count);
  const closedAt = new Float64Array(count);
  const createdMonth = new Int32Array(count);
  const closedMonth = new Int32Array(count);
  const status = new Uint8Array(count);
  const owner = new Int32Array(count);
  const owners = new Numbering();
  const stage = new Int32Array(count);
  const stages = new Numbering();
  let scale = 0;
  // Indexed loops: this runs once per deals array, mostly before the optimizing compiler sees it.
  for (let i = 0; i < count; i++) {
    const deal = itemAt(deals, i, 'dealColumnsOf');
    if (deal.amount.scale > scale) scale = deal.amount.scale;
  }
  let units: Float64Array | null = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const deal = itemAt(deals, i, 'dealColumnsOf');
    createdAt[i] = deal.createdAt;
    closedAt[i] = deal.closedAt ?? NaN;
    createdMonth[i] = monthOfInstant(deal.createdAt);
    closedMonth[i] = deal.closedAt === null ? NOT_CLOSED : monthOfInstant(deal.closedAt);
    status[i] = deal.status === 'won' ? WON : deal.status === 'lost' ? LOST : OPEN;
    owner[i] = owners.numberOf(deal.owner);
    stage[i] = stages.numberOf(deal.stage);
    if (units !== null) {
      const value = Number(deal.amount.units) * 10 ** (scale - deal.amount.scale);
      total += value;
      if (Number.isSafeInteger(value) && total <= Number.MAX_SAFE_INTEGER) units[i] = value;
      else units = null;
    }
  }
  const columns: DealColumns = { count, createdAt, closedAt, createdMonth, closedMonth, status, owner, owners: owners.names, stage, stages: stages.names, scale, units, deals };
  kept.set(deals, columns);
  return columns;
}

/** Numbers names in order of first sight; `null` is −1. */
class Numbering {
  readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();
  numberOf(name: string | null): number {
    if (name === null) return -1;
    let number = this.numbers.get(name);
    if (number === undefined) {
      number = this.names.length;
      this.names.push(name);
      this.numbers.set(name, number);
    }
    return number;
  }
}

/**
 * The exact sum of the amounts of the given rows: doubles while exact, else BigInt.
 *
 * @example
 * sumAmounts(dealColumnsOf(valid.deals), [0, 3]).toString() //=> '48250.5'
 * @throws never
 */
export function sumAmounts(columns: DealColumns, rows: readonly number[]): ExactDecimal {
  const { units } = columns;
  if (units === null) return sumScaled(rows.flatMap((i) => columns.deals[i]?.amount ?? []));
  let total = 0;
  for (const i of rows) total += units[i] ?? 0;
  return scaledToExact({ units: BigInt(total), scale: columns.scale });
}

/**
 * A period's bounds as numbers, the whole timeline without one: `start ≤ instant < end` is `inPeriod`
 * (and false for the NaN of a deal not closed).
 *
 * @example
 * periodBounds(undefined) //=> { start: -Infinity, end: Infinity }
 * @throws never
 */
export function periodBounds(period: Period | undefined): Period {
  return period ?? { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY };
}

/** The rows of the deals closed in a period, won and lost, each in row order. */
export interface ClosedRows {
  won: number[];
  lost: number[];
}

/**
 * The deals closed in the period (`start ≤ closedAt < end`), won and lost, in one pass: what every
 * figure of won or closed deals of a range reads (bookings, cycles, win rates), found once per range.
 *
 * @example
 * closedRowsIn(dealColumnsOf(valid.deals), periodOfMonths('2024-01', '2024-03')) //=> { won: [0, 3, 8], lost: [2] }
 * @throws never
 */
export function closedRowsIn(columns: DealColumns, period: Period | undefined): ClosedRows {
  const { start, end } = periodBounds(period);
  const { status, closedAt, count } = columns;
  const won: number[] = [];
  const lost: number[] = [];
  for (let row = 0; row < count; row++) {
    const outcome = uint8At(status, row, 'closedRowsIn');
    if (outcome === OPEN) continue;
    // NaN (not closed) fails both tests.
    const at = float64At(closedAt, row, 'closedRowsIn');
    if (!(at >= start && at < end)) continue;
    if (outcome === WON) won.push(row);
    else lost.push(row);
  }
  return { won, lost };
}

/**
 * The rows of the won deals closed in the period.
 *
 * @example
 * wonRows(dealColumnsOf(valid.deals), periodOfMonths('2024-01', '2024-03')) //=> [0, 3, 8]
 * @throws never
 */
export function wonRows(columns: DealColumns, period: Period | undefined): number[] {
  return closedRowsIn(columns, period).won;
}
