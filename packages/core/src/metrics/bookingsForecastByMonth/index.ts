import { arrayArgument, recordArgument } from '../../_lib/arguments/index.js';
import { ExactDecimal, fractionToExact, ratio, scaledToExact, toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';
import { formatMonth, LAST_SUPPORTED_MONTH, monthBoundary, parseMonthRange } from '../../engine/month/index.js';
import type { StageOrderOption } from '../../engine/options/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';
import { dealColumnsOf, NOT_CLOSED, OPEN, WON, type DealColumns } from '../../_lib/dealColumns/index.js';
import { probabilitiesOfTallies, type StageProbabilities, type StageTallies } from '../stageWinProbabilities/index.js';
import { checkRows, itemAt } from '../../_lib/itemAt/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';
import type { BookingsForecastMonth, MonthString } from '../../types.js';

export type { BookingsForecastMonth };
import { exactCombinedForecast, type ForecastWeightsOption } from '../combinedForecast/index.js';
import { forecastAccuracy } from '../forecastAccuracy/index.js';
import { exactStageWeightedForecast } from '../stageWeightedForecast/index.js';
import { winRate } from '../winRate/index.js';
import { PrefixTrendFit } from '../trendSeasonalForecast/prefixFit.js';

/** The three forecasts of {@link bookingsForecastByMonth}. */
export type BookingsForecastMethod = 'stageWeighted' | 'trend' | 'combined';

/** Monthly bookings against their one-month-ahead forecasts, and the error of each forecast over the range. */
export interface BookingsForecastBacktest {
  /** Every month of the range, then the month after it (its forecast, no actual yet). */
  months: BookingsForecastMonth[];
  /** MAPE of each forecast over the range's months (0.12 = off by 12 % on average); `null` when no month has both a forecast and non-zero bookings. */
  error: Record<BookingsForecastMethod, number | null>;
}

/** Options of {@link bookingsForecastByMonth}. */
export interface BookingsForecastOptions extends StageOrderOption, ForecastWeightsOption {
  /** First month of the range, `YYYY-MM`. */
  from: MonthString;
  /** Last month of the range, `YYYY-MM`. */
  to: MonthString;
  /** The owners' committed bookings for the month after `to` (combined with the computed forecasts there only). */
  committedBookings?: ExactValue | null;
}

/** A month's forecasts before rounding. */
interface ExactEstimates {
  stageWeighted: ExactDecimal | null;
  trend: ExactDecimal | null;
  combined: ExactDecimal | null;
}

/**
 * Bookings forecast backtest: for each month M of the range and the month
 * after it, the forecasts of M's bookings as they were made at the end of
 * M − 1, from the deals known then (point in time: created before, a deal
 * closed later still open):
 * - stage-weighted (`stageWeightedForecast`): the open pipeline weighted by the
 *   stage win probabilities learned from the deals closed by then, × min(1, days
 *   of M ÷ the average sales cycle of the deals won in the range's length of
 *   months before M);
 * - trend: trend-and-seasonality projection of the monthly bookings up to M − 1;
 * - combined: their weighted mean (with `committedBookings` in the month after the range).
 *
 * The last month's forecasts are the report's `nextMonthBookings` (`null`
 * after the last supported month, 9998-12). Each
 * method's error is the MAPE over the range's months, computed from the
 * exact forecasts and rounded once.
 *
 * @example
 * const { months, error } = bookingsForecastByMonth(valid.deals, { from: '2024-01', to: '2024-12' })
 * months.at(-1) //=> { month: '2025-01', actual: null, stageWeighted: 18200, trend: 21000.5, combined: 19600.25 }
 * error.combined //=> 0.18
 * @throws {RevkitValidationError} when `from` or `to` is malformed or from is after to
 * @throws {Error} from decimal.js when `committedBookings` is not a decimal
 */
export function bookingsForecastByMonth(deals: ValidDeal[], options: BookingsForecastOptions): BookingsForecastBacktest {
  arrayArgument(deals, 'bookingsForecastByMonth', 'deals');
  recordArgument(options, 'bookingsForecastByMonth', 'options');
  const { from, to } = parseMonthRange(options);
  const length = to - from + 1;
  const committed = options.committedBookings === undefined || options.committedBookings === null ? null : toExact(options.committedBookings);
  const history = forecastHistory(deals);
  const weighted = weightedOf(history, dealColumnsOf(deals), options.stageOrder);
  const months: BookingsForecastMonth[] = [];
  const outcomes: Record<BookingsForecastMethod, { forecast: ExactDecimal; actual: ExactDecimal }[]> = { stageWeighted: [], trend: [], combined: [] };
  for (let month = from; month <= to + 1; month++) {
    // The month after the last supported one (9999-01) is named but never forecast.
    const estimates =
      month > LAST_SUPPORTED_MONTH
        ? { stageWeighted: null, trend: null, combined: null }
        : estimatesFor(history, weighted, month, length, options, month === to + 1 ? committed : null);
    const actual = month <= to ? bookedIn(history, month) : null;
    if (actual !== null) {
      for (const method of ['stageWeighted', 'trend', 'combined'] as const) {
        const forecast = estimates[method];
        if (forecast !== null) outcomes[method].push({ forecast, actual });
      }
    }
    const money = (value: ExactDecimal | null) => (value === null ? null : toMoney(value));
    months.push({
      month: formatMonth(month),
      actual: money(actual),
      stageWeighted: money(estimates.stageWeighted),
      trend: money(estimates.trend),
      combined: money(estimates.combined),
    });
  }
  return {
    months,
    error: {
      stageWeighted: forecastAccuracy(outcomes.stageWeighted),
      trend: forecastAccuracy(outcomes.trend),
      combined: forecastAccuracy(outcomes.combined),
    },
  };
}

/**
 * What the forecasts of every month read from the deals, whatever the range
 * and the stage order: the won bookings by month, and the pipeline as it was
 * known at each month boundary (open deals and amounts, closed and won deals
 * per stage, won deals' cycles), built in one pass over the deals' columns
 * and kept per deals array, so each month's forecast is a few exact
 * operations and a new range (a period change) costs no pass over the deals.
 * A deal created in month M is known at B(M) and one closed in M is closed
 * there, so each deal changes the pipeline at two month boundaries:
 * per-month changes, then running sums. The RevOps report reads its
 * figures of the deals known at its end from the same history
 * ({@link dealsAtMonthEnd}).
 */
interface ForecastHistory {
  /** Scale of every amount below (the deals' largest). */
  scale: number;
  /** The first month with a won deal (Infinity without); the arrays of won deals start there. */
  firstWon: number;
  /** Won bookings (units at `scale`) per month from `firstWon`. */
  bookedUnits: bigint[];
  /** Won deals closed up to each month from `firstWon` (inclusive), and the sum of their cycles (whole ms). */
  wonCount: Float64Array;
  wonCycleMs: Float64Array;
  /** The pipeline known at B(M − 1), per month M from `firstMonth` (`rows` months, each deal's last change included). */
  firstMonth: number;
  rows: number;
  /**
   * The rows the backtest reads (the month after each deal's close, or creation while open): a deal closed
   * before its creation, created after every such month, changes rows after these only, as it always did.
   */
  backtestRows: number;
  pipeline: PipelineByMonth;
  /** The monthly bookings from `firstWon`, as running sums for the trend fit. */
  trendFit: PrefixTrendFit;
  /** The trend forecast of month M, computed on first use. */
  trend: Map<number, ExactDecimal | null>;
  /** Per stage order (JSON, '' for none): the weighted open pipeline per row, computed on first use. */
  weighted: Map<string, { tallies: OrderTallies | null; byRow: (ExactDecimal | null | undefined)[] }>;
}

/**
 * Running totals per row of the pipeline sweep, per stage block (block 0: no stage, block s + 1: stage
 * number s; `rows` slots each) and overall.
 */
interface PipelineByMonth {
  blocks: number;
  /** Deals open and their amounts (units at the history's scale) per block and row. */
  openDeals: Int32Array;
  openUnits: bigint[][];
  /** Closed and won deals per block and row. */
  closed: Int32Array;
  won: Int32Array;
  /** Won and lost deals per row, deals created per row. */
  wonTotal: Int32Array;
  lostTotal: Int32Array;
  createdTotal: Int32Array;
}

const histories = new WeakMap<readonly ValidDeal[], { count: number; history: ForecastHistory }>();

function forecastHistory(deals: readonly ValidDeal[]): ForecastHistory {
  const kept = histories.get(deals);
  // Validated data is read-only; a caller's array that changed length is swept again.
  if (kept !== undefined && kept.count === deals.length) return kept.history;
  const history = sweepDeals(deals);
  histories.set(deals, { count: deals.length, history });
  return history;
}

/** Running sums in place: values[i] += values[i − 1]. */
function accumulate(values: Int32Array | Float64Array): void {
  for (let i = 1; i < values.length; i++) values[i] = (values[i] ?? 0) + (values[i - 1] ?? 0);
}

/** Running sums in place per block of `rows` slots. */
function accumulateBlocks(values: Int32Array | Float64Array, rows: number): void {
  for (let from = 0; from < values.length; from += rows) accumulate(values.subarray(from, from + rows));
}

/** The sums of slots `from` to `from + length − 1` as BigInts, as running sums when `running`. */
function slotTotals(doubles: Float64Array | null, bigints: bigint[] | null, from: number, length: number, running: boolean): bigint[] {
  if (doubles !== null) {
    const values = doubles.subarray(from, from + length);
    if (running) accumulate(values);
    return Array.from(values, (value) => BigInt(value));
  }
  const values = (bigints ?? []).slice(from, from + length);
  if (running) for (let i = 1; i < values.length; i++) values[i] = itemAt(values, i, 'slotTotals') + itemAt(values, i - 1, 'slotTotals');
  return values;
}

function sweepDeals(deals: readonly ValidDeal[]): ForecastHistory {
  // The deals' columns (kept per deals array, as the sales figures read them): months and amounts without a
  // date conversion or a BigInt per deal, and their month bounds found as they were filled.
  const columns = dealColumnsOf(deals);
  const { stages, scale, firstMonth, lastMonth, lastAnyMonth, firstWonMonth, lastWonMonth } = columns;
  const anyWon = lastWonMonth >= firstWonMonth;
  const firstWon = anyWon ? firstWonMonth : Infinity;

  // Won deals by closing month: bookings, counts and cycles (whole milliseconds, as exactSalesCycleDays sums them).
  const wonMonths = anyWon ? lastWonMonth - firstWonMonth + 1 : 0;

  // The pipeline at each boundary B(M − 1), M from the month after the first deal to the month after the last
  // change: a deal joins at the month after its creation and leaves the open amounts for the tallies at the
  // month after the later of its creation and close. Per stage block `rows` slots.
  const any = columns.count > 0;
  const start = any ? firstMonth + 1 : 0;
  const rows = any ? lastAnyMonth + 1 - start + 1 : 0;
  const backtestRows = any ? lastMonth + 1 - start + 1 : 0;
  const blocks = stages.length + 1;
  const slots = new SweepSlots(anyWon ? firstWonMonth : 0, start, rows, wonMonths, blocks, columns.units !== null);
  const { count, createdAt, closedAt, createdMonth, closedMonth, status, stage, units } = columns;
  checkRows([createdMonth, closedMonth, status, stage, createdAt, closedAt, ...(units === null ? [] : [units])], count, 'sweepDeals');
  const { bookedDoubles, bookedExact, wonCount: wonSlots, wonCycleMs: cycleSlots, openDeals: openSlots, openDoubles, openExact, closed: closedSlots, won: wonStageSlots } = slots;
  // prettier-ignore
  sweepRows(columns, count, createdAt, closedAt, createdMonth, closedMonth, status, stage, units, slots.firstWon, start, rows,
    bookedDoubles, bookedExact, wonSlots, cycleSlots, openSlots, openDoubles, openExact, closedSlots, wonStageSlots);
  const { wonCount, wonCycleMs, openDeals, closed, won } = slots;
  accumulate(wonCount);
  accumulate(wonCycleMs);
  for (const values of [openDeals, closed, won]) accumulateBlocks(values, rows);
  // The totals per row from the stages' (a few adds per row, none per deal): every deal known by a row
  // is open there or closed (left the open deals) by then.
  const wonTotal = new Int32Array(rows);
  const lostTotal = new Int32Array(rows);
  const createdTotal = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    let wonDeals = 0;
    let closedDeals = 0;
    let openNow = 0;
    for (let slot = row; slot < blocks * rows; slot += rows) {
      wonDeals += won[slot] ?? 0;
      closedDeals += closed[slot] ?? 0;
      openNow += openDeals[slot] ?? 0;
    }
    wonTotal[row] = wonDeals;
    lostTotal[row] = closedDeals - wonDeals;
    createdTotal[row] = openNow + closedDeals;
  }
  const pipeline: PipelineByMonth = {
    blocks,
    openDeals,
    openUnits: Array.from({ length: blocks }, (_, block) => slotTotals(slots.openDoubles, slots.openExact, block * rows, rows, true)),
    closed,
    won,
    wonTotal,
    lostTotal,
    createdTotal,
  };
  const trendFit = new PrefixTrendFit(10n ** BigInt(scale));
  const bookedUnits = slotTotals(slots.bookedDoubles, slots.bookedExact, 0, wonMonths, false);
  return { scale, firstWon, bookedUnits, wonCount, wonCycleMs, firstMonth: start, rows, backtestRows, pipeline, trendFit, trend: new Map(), weighted: new Map() };
}

/**
 * The per-month slots {@link sweepRows} adds into (see sweepDeals), and where: the first won month, the
 * pipeline's first month and rows. Amounts (units at the deals' scale) in doubles when the deal columns
 * hold every amount and their total exactly (amounts are never negative, so every partial sum and
 * difference is exact), BigInt otherwise. A class with its shape kept (see keepShape): an object
 * literal's shape went with the last dataset's, and the code compiled for it with it.
 */
class SweepSlots {
  /** Won deals by closing month from `firstWon`: bookings, counts, cycles (whole ms). */
  readonly bookedDoubles: Float64Array | null;
  readonly bookedExact: bigint[] | null;
  readonly wonCount: Float64Array;
  readonly wonCycleMs: Float64Array;
  /** Per stage block of `rows` slots: deals joining (+) and leaving (−) the open pipeline and their amounts, closed and won deals. */
  readonly openDeals: Int32Array;
  readonly openDoubles: Float64Array | null;
  readonly openExact: bigint[] | null;
  readonly closed: Int32Array;
  readonly won: Int32Array;

  constructor(
    readonly firstWon: number,
    readonly start: number,
    readonly rows: number,
    wonMonths: number,
    blocks: number,
    exactDoubles: boolean,
  ) {
    this.bookedDoubles = exactDoubles ? new Float64Array(wonMonths) : null;
    this.bookedExact = exactDoubles ? null : new Array<bigint>(wonMonths).fill(0n);
    this.wonCount = new Float64Array(wonMonths);
    this.wonCycleMs = new Float64Array(wonMonths);
    this.openDeals = new Int32Array(blocks * rows);
    this.openDoubles = exactDoubles ? new Float64Array(blocks * rows) : null;
    this.openExact = exactDoubles ? null : new Array<bigint>(blocks * rows).fill(0n);
    this.closed = new Int32Array(blocks * rows);
    this.won = new Int32Array(blocks * rows);
  }
}
keepShape(new SweepSlots(0, 0, 0, 0, 0, true));

/** A deal's amount as units at the columns' scale, exact (for columns whose amounts are not all exact doubles). */
function exactUnitsOf(columns: DealColumns, row: number): bigint {
  const { amount } = itemAt(columns.deals, row, 'sweepDeals');
  return amount.scale === columns.scale ? amount.units : amount.units * 10n ** BigInt(columns.scale - amount.scale);
}

/**
 * The sweep's pass over the deals, the only pass of the sales figures over every deal, alone in its
 * function: it runs once per deals array, mostly before the optimizing compiler sees it, so its compiled
 * loop must not include the code that follows the loop (no feedback for it yet: the code was dropped at
 * the loop's end, and the pass ran unoptimized again for the next dataset). Its columns and slots come
 * as arguments, no property read before the loop: the code compiled when it is called again must not
 * need feedback from its first lines (they ran before the function had a feedback vector; a read there
 * was a deopt at the next dataset).
 */
function sweepRows(
  columns: DealColumns,
  count: number,
  createdAt: Float64Array,
  closedAt: Float64Array,
  createdMonth: Int32Array,
  closedMonth: Int32Array,
  status: Uint8Array,
  stageOf: Int32Array,
  units: Float64Array | null,
  firstWon: number,
  start: number,
  rows: number,
  bookedDoubles: Float64Array | null,
  bookedExact: bigint[] | null,
  wonCount: Float64Array,
  wonCycleMs: Float64Array,
  openDeals: Int32Array,
  openDoubles: Float64Array | null,
  openExact: bigint[] | null,
  closed: Int32Array,
  won: Int32Array,
): void {
  const caller = 'sweepDeals';
  // Plain reads and writes (see checkRows): every row below count is in range (checked by the caller), every slot
  // by construction (months within the columns' bounds, a block per stage).
  for (let i = 0; i < count; i++) {
    const dealStatus = status[i] ?? OPEN;
    const closedIn = closedMonth[i] ?? NOT_CLOSED;
    const amount = units === null ? 0 : (units[i] ?? 0);
    const exact = units === null ? exactUnitsOf(columns, i) : 0n;
    if (dealStatus === WON && closedIn !== NOT_CLOSED) {
      const month = closedIn - firstWon;
      if (bookedDoubles !== null) bookedDoubles[month] = (bookedDoubles[month] ?? 0) + amount;
      else if (bookedExact !== null) bookedExact[month] = itemAt(bookedExact, month, caller) + exact;
      wonCount[month] = (wonCount[month] ?? 0) + 1;
      wonCycleMs[month] = (wonCycleMs[month] ?? 0) + ((closedAt[i] ?? 0) - (createdAt[i] ?? 0));
    }
    const block = ((stageOf[i] ?? -1) + 1) * rows;
    const created = createdMonth[i] ?? 0;
    const joins = block + created + 1 - start;
    openDeals[joins] = (openDeals[joins] ?? 0) + 1;
    if (openDoubles !== null) openDoubles[joins] = (openDoubles[joins] ?? 0) + amount;
    else if (openExact !== null) openExact[joins] = itemAt(openExact, joins, caller) + exact;
    if (dealStatus === OPEN || closedIn === NOT_CLOSED) continue;
    // The month of max(closedAt, createdAt), which is the later of their months (no instant read: in the
    // interpreter each would be a boxed number).
    const row = (closedIn > created ? closedIn : created) + 1 - start;
    const leaves = block + row;
    openDeals[leaves] = (openDeals[leaves] ?? 0) - 1;
    if (openDoubles !== null) openDoubles[leaves] = (openDoubles[leaves] ?? 0) - amount;
    else if (openExact !== null) openExact[leaves] = itemAt(openExact, leaves, caller) - exact;
    // Closed deals per stage (block 0: none), the stage order's tallies are read from these (see orderTallies).
    closed[leaves] = (closed[leaves] ?? 0) + 1;
    if (dealStatus === WON) won[leaves] = (won[leaves] ?? 0) + 1;
  }
}

/**
 * How the backtest's weighted pipeline tallies the closed deals with a stage order (the order's names,
 * each tallied at its first place): a won deal reaches the order's first (distinct names) entries, a lost
 * one the entries up to its stage's last place.
 */
interface OrderTallies {
  count: number;
  /** Per block (stage number + 1): its tally (−1 without). */
  tallyOf: Int32Array;
  /** Per block: the last order entry a lost deal of it reached (−1: none). */
  reachedOf: Int32Array;
  /** The last entry a won deal reaches. */
  wonReach: number;
  /** Per order entry: its tally. */
  entryTally: Int32Array;
}

function orderTallies(stages: readonly string[], stageOrder: readonly string[]): OrderTallies {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  stageOrder.forEach((stage, j) => {
    if (!first.has(stage)) first.set(stage, first.size);
    last.set(stage, j);
  });
  const blockPlace = (places: Map<string, number>) => Int32Array.from([-1, ...stages.map((stage) => places.get(stage) ?? -1)]);
  return {
    count: first.size,
    tallyOf: blockPlace(first),
    reachedOf: blockPlace(last),
    wonReach: first.size - 1,
    entryTally: Int32Array.from(stageOrder, (stage) => first.get(stage) ?? -1),
  };
}

/** The weighted open pipelines of the history with a stage order (kept per order). */
function weightedOf(history: ForecastHistory, columns: DealColumns, stageOrder: readonly string[] | undefined): { tallies: OrderTallies | null; byRow: (ExactDecimal | null | undefined)[] } {
  const key = stageOrder === undefined ? '' : JSON.stringify(stageOrder);
  let weighted = history.weighted.get(key);
  if (weighted === undefined) history.weighted.set(key, (weighted = { tallies: stageOrder === undefined ? null : orderTallies(columns.stages, stageOrder), byRow: [] }));
  return weighted;
}

/** The open pipeline at row `row`, each stage weighted by its win probability learned from the deals closed by then. */
function weightedAt(history: ForecastHistory, weighted: { tallies: OrderTallies | null; byRow: (ExactDecimal | null | undefined)[] }, row: number): ExactDecimal | null {
  const kept = weighted.byRow[row];
  if (kept !== undefined) return kept;
  const { blocks, openDeals, openUnits, closed, won, wonTotal, lostTotal } = history.pipeline;
  const { rows } = history;
  const { tallies } = weighted;
  const wonDeals = wonTotal[row] ?? 0;
  const overall = winRate({ won: wonDeals, lost: lostTotal[row] ?? 0 });
  // With an order, each tally's closed and won deals at the row, from the closed deals per stage.
  let tallyClosed: Float64Array | null = null;
  let tallyWon: Float64Array | null = null;
  if (tallies !== null) {
    tallyClosed = new Float64Array(tallies.count);
    tallyWon = new Float64Array(tallies.count);
    for (let j = 0; j < tallies.entryTally.length; j++) {
      const tally = tallies.entryTally[j] ?? 0;
      let entryClosed = j <= tallies.wonReach ? wonDeals : 0;
      for (let block = 0; block < blocks; block++) {
        if ((tallies.reachedOf[block] ?? -1) >= j) entryClosed += (closed[block * rows + row] ?? 0) - (won[block * rows + row] ?? 0);
      }
      tallyClosed[tally] = (tallyClosed[tally] ?? 0) + entryClosed;
      if (j <= tallies.wonReach) tallyWon[tally] = (tallyWon[tally] ?? 0) + wonDeals;
    }
  }
  let total: ExactDecimal | null = new ExactDecimal(0);
  for (let block = 0; block < blocks; block++) {
    if ((openDeals[block * rows + row] ?? 0) === 0) continue;
    let closedDeals: number;
    let wonOfStage: number;
    if (tallies === null || tallyClosed === null || tallyWon === null) {
      // Without an order each stage tallies its own deals; no stage has no tally.
      closedDeals = block === 0 ? 0 : (closed[block * rows + row] ?? 0);
      wonOfStage = block === 0 ? 0 : (won[block * rows + row] ?? 0);
    } else {
      const tally = tallies.tallyOf[block] ?? -1;
      closedDeals = tally < 0 ? 0 : (tallyClosed[tally] ?? 0);
      wonOfStage = tally < 0 ? 0 : (tallyWon[tally] ?? 0);
    }
    // A stage without closed deals falls back on the overall win rate, as the learned probabilities do.
    const probability = closedDeals === 0 ? overall : ratio(wonOfStage, closedDeals);
    if (probability === null) {
      total = null;
      break;
    }
    total = total.plus(scaledToExact({ units: openUnits[block]?.[row] ?? 0n, scale: history.scale }).times(toExact(probability)));
  }
  weighted.byRow[row] = total;
  return total;
}

/** The deals as known at the end of a month (see {@link dealsAtMonthEnd}). */
export interface DealsAtMonthEnd {
  /** Scale of the amounts' units below. */
  scale: number;
  /** Deals created from month `from` to the month (inclusive). */
  opportunitiesCreated: number;
  /** Per owner number, 1 when a deal of the owner was created by the end. */
  knownOwners: Uint8Array;
  /** The stage win probabilities learned from the deals closed by the end, as `stageWinProbabilitiesAt` learns them. */
  learned: StageProbabilities;
  /** The deals open at the end per stage number (−1: no stage), stages with open deals only, in stage number order. */
  openByStage: { stage: number; openDeals: number; units: bigint }[];
  /** Won deals closed by the end (`cumulativeBookings`). */
  wonBefore: { count: number; units: bigint };
}

/**
 * The whole deals as known at B(`to`) (created before it; open when still open then, as `knownAt` cuts
 * them), read from the bookings forecast's history (its one pass over the deals, kept per deals array):
 * opportunities created from month `from`, known owners, learned stage probabilities, the open pipeline,
 * cumulative bookings. The RevOps report's sales figures, with no pass of their own over the deals.
 *
 * @example
 * dealsAtMonthEnd(valid.deals, parseMonth('2024-01')!, parseMonth('2024-12')!, undefined).opportunitiesCreated //=> 120
 * @throws never
 */
export function dealsAtMonthEnd(deals: readonly ValidDeal[], from: number, to: number, stageOrder: readonly string[] | undefined): DealsAtMonthEnd {
  const history = forecastHistory(deals);
  const columns = dealColumnsOf(deals);
  const { pipeline, rows, scale } = history;
  const { blocks, openDeals, openUnits, closed, won, wonTotal, lostTotal, createdTotal } = pipeline;
  const { stageFirstMonth, ownerFirstMonth } = columns;
  // Row of B(M − 1) for month M: after the last change everything stays as it was, before the first nothing is known.
  const rowOf = (month: number): number => Math.min(month - history.firstMonth, rows - 1);
  const row = rowOf(to + 1);
  const createdBy = (month: number): number => {
    const at = rowOf(month + 1);
    return at < 0 ? 0 : (createdTotal[at] ?? 0);
  };
  const { stages } = columns;
  const known = Uint8Array.from(stageFirstMonth, (month) => (month <= to ? 1 : 0));
  const stageClosed = new Int32Array(stages.length);
  const stageWon = new Int32Array(stages.length);
  const lostReached = new Int32Array(stageOrder === undefined ? 0 : stageOrder.length);
  const openByStage: DealsAtMonthEnd['openByStage'] = [];
  if (row >= 0) {
    for (let block = 0; block < blocks; block++) {
      const open = openDeals[block * rows + row] ?? 0;
      if (open > 0) openByStage.push({ stage: block - 1, openDeals: open, units: openUnits[block]?.[row] ?? 0n });
      if (block === 0) continue;
      const s = block - 1;
      const closedDeals = closed[block * rows + row] ?? 0;
      const wonDeals = won[block * rows + row] ?? 0;
      stageClosed[s] = closedDeals;
      stageWon[s] = wonDeals;
      // With an order, the lost deals of a stage count at its name's first entry.
      const entry = stageOrder === undefined ? -1 : stageOrder.indexOf(itemAt(stages, s, 'dealsAtMonthEnd'));
      if (entry >= 0) lostReached[entry] = (lostReached[entry] ?? 0) + closedDeals - wonDeals;
    }
  }
  const tallies: StageTallies = {
    known,
    closed: stageClosed,
    won: stageWon,
    lostReached,
    wonTotal: row < 0 ? 0 : (wonTotal[row] ?? 0),
    lostTotal: row < 0 ? 0 : (lostTotal[row] ?? 0),
  };
  const wonIndex = Math.min(to - history.firstWon, history.wonCount.length - 1);
  let wonUnits = 0n;
  for (let month = 0; month <= wonIndex; month++) wonUnits += history.bookedUnits[month] ?? 0n;
  return {
    scale,
    opportunitiesCreated: createdBy(to) - createdBy(from - 1),
    knownOwners: Uint8Array.from(ownerFirstMonth, (month) => (month <= to ? 1 : 0)),
    learned: probabilitiesOfTallies(stages, tallies, stageOrder),
    openByStage,
    wonBefore: { count: wonIndex < 0 ? 0 : (history.wonCount[wonIndex] ?? 0), units: wonUnits },
  };
}

/** Won deals closed up to month `month` (inclusive) and the sum of their cycles in ms. */
function wonUpTo(history: ForecastHistory, month: number): { count: number; cycleMs: number } {
  const index = Math.min(month - history.firstWon, history.wonCount.length - 1);
  if (index < 0) return { count: 0, cycleMs: 0 };
  return { count: history.wonCount[index] ?? 0, cycleMs: history.wonCycleMs[index] ?? 0 };
}

/** Won bookings of month `month`, exact. */
function bookedIn(history: ForecastHistory, month: number): ExactDecimal {
  const units = history.bookedUnits[month - history.firstWon];
  return units === undefined ? new ExactDecimal(0) : scaledToExact({ units, scale: history.scale });
}

/** The trend forecast of month `month`'s bookings: the monthly bookings from the first won month to the month before. */
function trendOf(history: ForecastHistory, month: number): ExactDecimal | null {
  let trend = history.trend.get(month);
  if (trend !== undefined) return trend;
  // Without a won month before, the series is the one month before (no fit).
  const count = history.firstWon <= month - 1 ? month - history.firstWon : 1;
  const { trendFit, bookedUnits } = history;
  if (count < 2) trend = null;
  else {
    while (trendFit.length < count) trendFit.push(bookedUnits[trendFit.length] ?? 0n);
    trend = trendFit.forecast(count, 1)?.[0] ?? null;
  }
  history.trend.set(month, trend);
  return trend;
}

/**
 * The forecasts of month `month`'s bookings made at the end of the month before, from what was known then
 * (as `dealsKnownAt` cuts it: a deal closed at or after that instant was still open), read from the history:
 * the weighted pipeline at that instant, the cycles of the deals won in the `cycleMonths` months before.
 */
function estimatesFor(
  history: ForecastHistory,
  weighted: { tallies: OrderTallies | null; byRow: (ExactDecimal | null | undefined)[] },
  month: number,
  cycleMonths: number,
  options: BookingsForecastOptions,
  committed: ExactDecimal | null,
): ExactEstimates {
  const asOf = monthBoundary(month - 1);
  const row = month - history.firstMonth;
  // Before the first deal nothing is open (0); after the last change the pipeline stays as it was.
  const pipeline = row < 0 || history.backtestRows === 0 ? new ExactDecimal(0) : weightedAt(history, weighted, Math.min(row, history.backtestRows - 1));
  const first = wonUpTo(history, month - 1 - cycleMonths);
  const last = wonUpTo(history, month - 1);
  const cycle = last.count === first.count ? null : averageCycleDays(last.cycleMs - first.cycleMs, last.count - first.count);
  const stageWeighted = exactStageWeightedForecast({ weightedPipeline: pipeline, averageSalesCycleDays: cycle, periodDays: (monthBoundary(month) - asOf) / MS_PER_DAY });
  const trend = trendOf(history, month);
  const combined = exactCombinedForecast({ stageWeighted, trend, committed }, { weights: options.weights });
  return { stageWeighted, trend, combined };
}

/** Σ cycles (whole ms) ÷ (deals × a day's ms), as decimal.js divides them: in integers while they are safe ones. */
function averageCycleDays(cycleMs: number, deals: number): ExactDecimal {
  const days = deals * MS_PER_DAY;
  if (Number.isSafeInteger(cycleMs) && Number.isSafeInteger(days)) return fractionToExact(BigInt(cycleMs), BigInt(days));
  return new ExactDecimal(cycleMs).div(days);
}
