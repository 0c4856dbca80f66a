import { isScaledDecimal, wrongArgument } from '../arguments/index.js';
import { scaledToExact, sumScaled, type ExactDecimal, type ScaledDecimal } from '../../engine/exact/index.js';
import type { Period } from '../../engine/options/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';
import { monthOfInstant } from '../../engine/month/index.js';
import { checkRows, float64At, itemAt, uint8At } from '../itemAt/index.js';
import { keepShape } from '../keepShape/index.js';

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
  /**
   * Month bounds, found as the deals are pushed (so the passes over the columns need no pass of their own
   * to size their arrays); an empty span (last < first) without deals or without won deals:
   * the first month created; the last of each deal's close month (its creation month while not closed);
   * the last of each deal's creation and close months; the first and last close months of won deals.
   */
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly lastAnyMonth: number;
  readonly firstWonMonth: number;
  readonly lastWonMonth: number;
  /** Deals with a `leadId` (the sales cycle reads the deal objects only then). */
  readonly leadDeals: number;
  /** Per stage number and per owner number: the first month a deal of it was created. */
  readonly stageFirstMonth: Int32Array;
  readonly ownerFirstMonth: Int32Array;
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
export function dealColumnsOf(deals: readonly ValidDeal[], caller = 'dealColumnsOf'): DealColumns {
  const known = kept.get(deals);
  if (known !== undefined && known.count === deals.length) return known;
  const builder = new DealColumnsBuilder(deals.length);
  // Indexed, not for…of over entries(): this runs once per deals array, mostly before the optimizing
  // compiler sees it, where each entry was an allocated pair.
  for (let i = 0; i < deals.length; i++) builder.push(checkedDeal(itemAt(deals, i, caller), caller, i));
  return builder.build(deals);
}

/**
 * Writes deals into {@link DealColumns} one at a time: validation fills one
 * as it reads the deals (in compiled code, where a pass over the deal
 * objects at the first report ran in the interpreter), {@link dealColumnsOf}
 * fills one from objects. Either way `build` keeps the columns for the
 * deals array.
 */
export class DealColumnsBuilder {
  private count = 0;
  private readonly createdAt: Float64Array;
  private readonly closedAt: Float64Array;
  private readonly createdMonth: Int32Array;
  private readonly closedMonth: Int32Array;
  private readonly status: Uint8Array;
  private readonly owner: Int32Array;
  private readonly stage: Int32Array;
  private readonly owners = new Numbering();
  private readonly stages = new Numbering();
  private readonly amounts: ScaledDecimal[] = [];
  private scale = 0;
  // Small integers (empty spans while nothing is seen): the fields keep one representation.
  private firstMonth = 0;
  private lastMonth = -1;
  private lastAnyMonth = -1;
  private firstWonMonth = 0;
  private lastWonMonth = -1;
  private leadDeals = 0;
  // Per stage and owner number (appended as each is first seen, so packed).
  private readonly stageFirstMonth: number[] = [];
  private readonly ownerFirstMonth: number[] = [];

  constructor(capacity: number) {
    this.createdAt = new Float64Array(capacity);
    this.closedAt = new Float64Array(capacity);
    this.createdMonth = new Int32Array(capacity);
    this.closedMonth = new Int32Array(capacity);
    this.status = new Uint8Array(capacity);
    this.owner = new Int32Array(capacity);
    this.stage = new Int32Array(capacity);
  }

  /** Adds the next deal (at most `capacity`). */
  push(deal: Pick<ValidDeal, 'createdAt' | 'closedAt' | 'status' | 'amount' | 'owner' | 'stage' | 'leadId'>): void {
    const row = this.count++;
    const created = monthOfInstant(deal.createdAt);
    const closed = deal.closedAt === null ? NOT_CLOSED : monthOfInstant(deal.closedAt);
    const status = deal.status === 'won' ? WON : deal.status === 'lost' ? LOST : OPEN;
    this.createdAt[row] = deal.createdAt;
    this.closedAt[row] = deal.closedAt ?? NaN;
    this.createdMonth[row] = created;
    this.closedMonth[row] = closed;
    this.status[row] = status;
    const last = closed === NOT_CLOSED ? created : closed;
    const lastAny = last > created ? last : created;
    if (row === 0) {
      this.firstMonth = created;
      this.lastMonth = last;
      this.lastAnyMonth = lastAny;
    } else {
      if (created < this.firstMonth) this.firstMonth = created;
      if (last > this.lastMonth) this.lastMonth = last;
      if (lastAny > this.lastAnyMonth) this.lastAnyMonth = lastAny;
    }
    if (status === WON && closed !== NOT_CLOSED) {
      if (this.lastWonMonth < this.firstWonMonth) {
        this.firstWonMonth = closed;
        this.lastWonMonth = closed;
      } else if (closed < this.firstWonMonth) this.firstWonMonth = closed;
      else if (closed > this.lastWonMonth) this.lastWonMonth = closed;
    }
    const owner = this.owners.numberOf(deal.owner);
    const stage = this.stages.numberOf(deal.stage);
    this.owner[row] = owner;
    this.stage[row] = stage;
    if (owner >= 0) {
      const first = this.ownerFirstMonth[owner];
      if (first === undefined || created < first) this.ownerFirstMonth[owner] = created;
    }
    if (stage >= 0) {
      const first = this.stageFirstMonth[stage];
      if (first === undefined || created < first) this.stageFirstMonth[stage] = created;
    }
    this.amounts.push(deal.amount);
    if (deal.leadId !== null) this.leadDeals++;
    if (deal.amount.scale > this.scale) this.scale = deal.amount.scale;
  }

  /**
   * The columns of `deals`, the deals pushed in order, kept for that array.
   *
   * @throws {RangeError} when `deals` does not have one deal per row pushed
   */
  build(deals: readonly ValidDeal[]): DealColumns {
    const { count, scale, amounts } = this;
    if (deals.length !== count) throw new RangeError(`DealColumnsBuilder.build: ${deals.length} deals for ${count} rows`);
    let units: Float64Array | null = new Float64Array(count);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const amount = itemAt(amounts, i, 'DealColumnsBuilder.build');
      const value = Number(amount.units) * 10 ** (scale - amount.scale);
      total += value;
      if (!Number.isSafeInteger(value) || total > Number.MAX_SAFE_INTEGER) {
        units = null;
        break;
      }
      units[i] = value;
    }
    const columns: DealColumns = {
      count,
      createdAt: this.createdAt.subarray(0, count),
      closedAt: this.closedAt.subarray(0, count),
      createdMonth: this.createdMonth.subarray(0, count),
      closedMonth: this.closedMonth.subarray(0, count),
      status: this.status.subarray(0, count),
      owner: this.owner.subarray(0, count),
      owners: this.owners.names,
      stage: this.stage.subarray(0, count),
      stages: this.stages.names,
      scale,
      units,
      deals,
      firstMonth: this.firstMonth,
      lastMonth: this.lastMonth,
      lastAnyMonth: this.lastAnyMonth,
      firstWonMonth: this.firstWonMonth,
      lastWonMonth: this.lastWonMonth,
      leadDeals: this.leadDeals,
      stageFirstMonth: Int32Array.from(this.stageFirstMonth),
      ownerFirstMonth: Int32Array.from(this.ownerFirstMonth),
    };
    kept.set(deals, columns);
    return columns;
  }
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
keepShape(new DealColumnsBuilder(0));
// The columns' own shape too: the passes over them run once per dataset, and with the last dataset's
// columns collected their compiled code and feedback went with the shape ("insufficient type feedback"
// deopts at their first read of the columns, then the whole pass unoptimized again).
keepShape(new DealColumnsBuilder(0).build([]));

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
  for (let k = 0; k < rows.length; k++) total += units[rows[k] ?? 0] ?? 0;
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

/** The rows of the deals closed in a period, won and lost, each in row order (shared: read-only). */
export interface ClosedRows {
  readonly won: readonly number[];
  readonly lost: readonly number[];
}

// The last period's closed rows per columns: the report and the RevOps report of a range read the same.
const closedKept = new WeakMap<DealColumns, { start: number; end: number; rows: ClosedRows }>();

/**
 * The deals closed in the period (`start ≤ closedAt < end`), won and lost, in one pass: what every
 * figure of won or closed deals of a range reads (bookings, cycles, win rates), found once per range
 * (the last period's rows are kept per columns).
 *
 * @example
 * closedRowsIn(dealColumnsOf(valid.deals), periodOfMonths('2024-01', '2024-03')) //=> { won: [0, 3, 8], lost: [2] }
 * @throws never
 */
export function closedRowsIn(columns: DealColumns, period: Period | undefined): ClosedRows {
  const { start, end } = periodBounds(period);
  const kept = closedKept.get(columns);
  if (kept !== undefined && kept.start === start && kept.end === end) return kept.rows;
  const rows = findClosedRows(columns, start, end);
  closedKept.set(columns, { start, end, rows });
  return rows;
}

function findClosedRows(columns: DealColumns, start: number, end: number): ClosedRows {
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
  return new ClosedRowLists(won, lost);
}

// A class with its shape kept (see keepShape): the passes over the closed rows read them once per dataset,
// and an object literal's shape went with the last dataset's, and their compiled code with it.
class ClosedRowLists implements ClosedRows {
  constructor(
    readonly won: number[],
    readonly lost: number[],
  ) {}
}
keepShape(new ClosedRowLists([0], [0]));

/**
 * The won deals closed in the period, counted and summed in one pass with no list of rows (doubles while
 * exact, else through {@link sumAmounts}).
 *
 * @example
 * wonTotalsIn(dealColumnsOf(valid.deals), { start: -Infinity, end: monthBoundary(parseMonth('2024-12')!) })
 * //=> { count: 41, value: ExactDecimal('1520400.5') }
 * @throws never
 */
export function wonTotalsIn(columns: DealColumns, period: Period | undefined): { count: number; value: ExactDecimal } {
  const { units } = columns;
  if (units === null) {
    const won = wonRows(columns, period);
    return { count: won.length, value: sumAmounts(columns, won) };
  }
  const { start, end } = periodBounds(period);
  const { status, closedAt, count } = columns;
  checkRows([status, closedAt, units], count, 'wonTotalsIn');
  let won = 0;
  let total = 0;
  // Plain reads (checked above; see checkRows).
  for (let row = 0; row < count; row++) {
    if (status[row] !== WON) continue;
    const at = closedAt[row] ?? NaN;
    if (!(at >= start && at < end)) continue;
    won++;
    total += units[row] ?? 0;
  }
  return { count: won, value: scaledToExact({ units: BigInt(total), scale: columns.scale }) };
}

/**
 * The rows of the won deals closed in the period.
 *
 * @example
 * wonRows(dealColumnsOf(valid.deals), periodOfMonths('2024-01', '2024-03')) //=> [0, 3, 8]
 * @throws never
 */
export function wonRows(columns: DealColumns, period: Period | undefined): readonly number[] {
  return closedRowsIn(columns, period).won;
}

/**
 * A deal as validateDataset makes it (instants, a status, an amount in units
 * over a power of ten), else a TypeError naming the caller and the row: deals
 * not made by the validator are read here once, when their columns are built.
 */
function checkedDeal(deal: ValidDeal, caller: string, index: number): ValidDeal {
  const scaled = typeof deal === 'object' && deal !== null && isScaledDecimal(deal.amount);
  if (!scaled || typeof deal.createdAt !== 'number' || typeof deal.status !== 'string') {
    wrongArgument(caller, `deals[${index}]`, "a validated deal (validateDataset's deals)", deal);
  }
  return deal;
}
