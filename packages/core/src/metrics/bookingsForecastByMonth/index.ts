import { arrayArgument, recordArgument } from '../../_lib/arguments/index.js';
import { ExactDecimal, fractionToExact, ratio, scaledToExact, toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';
import { formatMonth, LAST_SUPPORTED_MONTH, monthBoundary, parseMonthRange } from '../../engine/month/index.js';
import type { StageOrderOption } from '../../engine/options/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';
import { dealColumnsOf, NOT_CLOSED, OPEN, WON, type DealColumns } from '../../_lib/dealColumns/index.js';
import { checkRows, itemAt } from '../../_lib/itemAt/index.js';
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
  const history = forecastHistory(deals, options.stageOrder);
  const months: BookingsForecastMonth[] = [];
  const outcomes: Record<BookingsForecastMethod, { forecast: ExactDecimal; actual: ExactDecimal }[]> = { stageWeighted: [], trend: [], combined: [] };
  for (let month = from; month <= to + 1; month++) {
    // The month after the last supported one (9999-01) is named but never forecast.
    const estimates =
      month > LAST_SUPPORTED_MONTH
        ? { stageWeighted: null, trend: null, combined: null }
        : estimatesFor(history, month, length, options, month === to + 1 ? committed : null);
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
 * What the forecasts of every month read from the deals, whatever the range:
 * the won bookings by month, and the pipeline as it was known at each month
 * boundary (open amounts by stage, closed deals tallied by stage, won deals'
 * cycles), built in one pass over the deals and kept per deals array, so each
 * month's forecast is a few exact operations and a new range (a period
 * change) costs no pass over the deals. A deal created in month M is known at
 * B(M) and one closed in M is closed there, so each deal changes the
 * pipeline at two month boundaries: per-month changes, then running sums.
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
  /** The pipeline known at B(M − 1), per month M from `firstMonth` (`rows` months). */
  firstMonth: number;
  rows: number;
  pipeline: PipelineByMonth;
  /** The weighted open pipeline per row, computed on first use; `null` when a stage has no probability. */
  weighted: (ExactDecimal | null | undefined)[];
  /** The monthly bookings from `firstWon`, as running sums for the trend fit. */
  trendFit: PrefixTrendFit;
  /** The trend forecast of month M, computed on first use. */
  trend: Map<number, ExactDecimal | null>;
}

/** Running totals per row of the pipeline sweep: per open stage, per tallied stage, overall. */
interface PipelineByMonth {
  /** The stages of open deals (`null` for none), and each one's tally row (−1 without). */
  openStages: (string | null)[];
  tallyOf: Int32Array;
  /** Per open stage: deals open and their amounts (units at the history's scale) per row. */
  openDeals: Int32Array[];
  openUnits: bigint[][];
  /** Per tallied stage: closed and won deals per row. */
  closed: Int32Array[];
  won: Int32Array[];
  /** Won and lost deals per row. */
  wonTotal: Int32Array;
  lostTotal: Int32Array;
}

const histories = new WeakMap<readonly ValidDeal[], Map<string, { count: number; history: ForecastHistory }>>();

function forecastHistory(deals: readonly ValidDeal[], stageOrder: readonly string[] | undefined): ForecastHistory {
  const key = stageOrder === undefined ? '' : JSON.stringify(stageOrder);
  let byOrder = histories.get(deals);
  if (!byOrder) histories.set(deals, (byOrder = new Map()));
  const kept = byOrder.get(key);
  // Validated data is read-only; a caller's array that changed length is swept again.
  if (kept !== undefined && kept.count === deals.length) return kept.history;
  const history = sweepDeals(deals, stageOrder);
  byOrder.set(key, { count: deals.length, history });
  return history;
}

/** Running sums in place: values[i] += values[i − 1]. */
function accumulate(values: Int32Array | Float64Array): void {
  for (let i = 1; i < values.length; i++) values[i] = (values[i] ?? 0) + (values[i - 1] ?? 0);
}

/**
 * Sums of deal amounts (units at the deals' scale) in slots: doubles when the deal columns hold every
 * amount and their total exactly (amounts are never negative, so every partial sum and difference is
 * exact), BigInt otherwise. One branch per add, no call: the sweep adds twice per deal.
 */
interface UnitSlots {
  doubles: Float64Array | null;
  bigints: bigint[] | null;
}

function unitSlots(length: number, columns: DealColumns): UnitSlots {
  return columns.units === null ? { doubles: null, bigints: new Array<bigint>(length).fill(0n) } : { doubles: new Float64Array(length), bigints: null };
}

/** The sums of slots `from` to `from + length − 1` as BigInts, as running sums when `running`. */
function slotTotals(slots: UnitSlots, from: number, length: number, running: boolean): bigint[] {
  const { doubles, bigints } = slots;
  if (doubles !== null) {
    const values = doubles.subarray(from, from + length);
    if (running) accumulate(values);
    return Array.from(values, (value) => BigInt(value));
  }
  const values = (bigints ?? []).slice(from, from + length);
  if (running) for (let i = 1; i < values.length; i++) values[i] = itemAt(values, i, 'slotTotals') + itemAt(values, i - 1, 'slotTotals');
  return values;
}

/** What the sweep needs before its pass: the months it spans and the open stages in order of first sight. */
interface SweepBounds {
  firstMonth: number;
  lastMonth: number;
  firstWon: number;
  lastWon: number;
  /** Per stage number + 1 (no stage is 0): its open stage, numbered in order of first sight. */
  openOf: Int32Array;
  /** The open stages' stage numbers (−1 for no stage), in that order. */
  openNumbers: number[];
}

function sweepBounds(columns: DealColumns): SweepBounds {
  const { count, createdMonth, closedMonth, status, stage, stages, createdAt, closedAt, units } = columns;
  // Every column the sweeps read plainly.
  checkRows([createdMonth, closedMonth, status, stage, createdAt, closedAt, ...(units === null ? [] : [units])], count, 'sweepDeals');
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  let firstWon = Infinity;
  let lastWon = -Infinity;
  const openOf = new Int32Array(stages.length + 1).fill(-1);
  const openNumbers: number[] = [];
  // Plain reads (every row below count is in range, checked above; see checkRows).
  for (let i = 0; i < count; i++) {
    const number = stage[i] ?? -1;
    if ((openOf[number + 1] ?? 0) < 0) {
      openOf[number + 1] = openNumbers.length;
      openNumbers.push(number);
    }
    const created = createdMonth[i] ?? 0;
    const closed = closedMonth[i] ?? NOT_CLOSED;
    if (created < firstMonth) firstMonth = created;
    const last = closed === NOT_CLOSED ? created : closed;
    if (last > lastMonth) lastMonth = last;
    if (status[i] !== WON || closed === NOT_CLOSED) continue;
    if (closed < firstWon) firstWon = closed;
    if (closed > lastWon) lastWon = closed;
  }
  return { firstMonth, lastMonth, firstWon, lastWon, openOf, openNumbers };
}

/**
 * The tallied stages of the sweep: without an order each deal's own stage (tally = stage number), with
 * one the order's names (tally = the name's first place among them), a won deal reaching every name, a
 * lost one the order's entries up to its stage's (last) place.
 */
interface SweepTallies {
  count: number;
  /** Per open stage: its tally (−1 without). */
  tallyOf: Int32Array;
  /** Per stage number + 1: the last order entry a lost deal at it reached (−1: none; without an order, its own tally). */
  reachedOf: Int32Array;
  /** Order entries a won deal reaches (the order's distinct names). */
  wonReach: number;
  /** Per order entry: its tally. */
  entryTally: Int32Array;
}

function sweepTallies(columns: DealColumns, openNumbers: readonly number[], stageOrder: readonly string[] | undefined): SweepTallies {
  const { stages } = columns;
  if (stageOrder === undefined) {
    return {
      count: stages.length,
      tallyOf: Int32Array.from(openNumbers),
      reachedOf: new Int32Array(0),
      wonReach: 0,
      entryTally: new Int32Array(0),
    };
  }
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  stageOrder.forEach((stage, j) => {
    if (!first.has(stage)) first.set(stage, first.size);
    last.set(stage, j);
  });
  const name = (number: number): string | null => (number < 0 ? null : itemAt(stages, number, 'sweepDeals'));
  const placeOf = (stage: string | null, places: Map<string, number>): number => (stage === null ? -1 : (places.get(stage) ?? -1));
  return {
    count: first.size,
    tallyOf: Int32Array.from(openNumbers, (number) => placeOf(name(number), first)),
    reachedOf: Int32Array.from([-1, ...stages.map((_, number) => number)], (number) => placeOf(name(number), last)),
    wonReach: first.size - 1,
    entryTally: Int32Array.from(stageOrder, (stage) => placeOf(stage, first)),
  };
}

function sweepDeals(deals: readonly ValidDeal[], stageOrder: readonly string[] | undefined): ForecastHistory {
  const caller = 'sweepDeals';
  // The deals' columns (kept per deals array, as the sales figures read them): months and amounts without a
  // date conversion or a BigInt per deal.
  const columns = dealColumnsOf(deals);
  const { stages, scale } = columns;
  const { firstMonth, lastMonth, firstWon, lastWon, openOf, openNumbers } = sweepBounds(columns);

  // Won deals by closing month: bookings, counts and cycles (whole milliseconds, as exactSalesCycleDays sums them).
  const wonMonths = firstWon === Infinity ? 0 : lastWon - firstWon + 1;
  const booked = unitSlots(wonMonths, columns);
  const wonCount = new Float64Array(wonMonths);
  const wonCycleMs = new Float64Array(wonMonths);

  // The pipeline at each boundary B(M − 1), M from the month after the first deal to the month after the last
  // change: a deal joins at the month after its creation and leaves the open amounts for the tallies at the
  // month after its close (closedAt ≥ createdAt). Per open stage (and per tally) a block of `rows` slots.
  const start = firstMonth === Infinity ? 0 : firstMonth + 1;
  const rows = firstMonth === Infinity ? 0 : lastMonth + 1 - start + 1;
  const tallies = sweepTallies(columns, openNumbers, stageOrder);
  const { reachedOf, wonReach, entryTally } = tallies;
  const openDeals = new Int32Array(openNumbers.length * rows);
  const open = unitSlots(openNumbers.length * rows, columns);
  const closed = new Int32Array(tallies.count * rows);
  const won = new Int32Array(tallies.count * rows);
  const wonTotal = new Int32Array(rows);
  const lostTotal = new Int32Array(rows);
  sweepRows(columns, { firstWon, start, rows, openOf, reachedOf, wonReach, entryTally, byOrder: stageOrder !== undefined }, {
    booked,
    wonCount,
    wonCycleMs,
    openDeals,
    open,
    closed,
    won,
    wonTotal,
    lostTotal,
  });
  accumulate(wonCount);
  accumulate(wonCycleMs);
  const blocks = (values: Int32Array, length: number): Int32Array[] =>
    Array.from({ length }, (_, block) => values.subarray(block * rows, (block + 1) * rows));
  const pipeline: PipelineByMonth = {
    openStages: openNumbers.map((number) => (number < 0 ? null : itemAt(stages, number, caller))),
    tallyOf: tallies.tallyOf,
    openDeals: blocks(openDeals, openNumbers.length),
    openUnits: openNumbers.map((_, block) => slotTotals(open, block * rows, rows, true)),
    closed: blocks(closed, tallies.count),
    won: blocks(won, tallies.count),
    wonTotal,
    lostTotal,
  };
  for (const values of [...pipeline.openDeals, ...pipeline.closed, ...pipeline.won, wonTotal, lostTotal]) accumulate(values);
  const trendFit = new PrefixTrendFit(10n ** BigInt(scale));
  const bookedUnits = slotTotals(booked, 0, wonMonths, false);
  return { scale, firstWon, bookedUnits, wonCount, wonCycleMs, firstMonth: start, rows, pipeline, weighted: [], trendFit, trend: new Map() };
}

/** Where {@link sweepRows} adds each deal: the first won month, the pipeline's first month and rows, the stages' blocks and tallies. */
interface SweepLayout {
  firstWon: number;
  start: number;
  rows: number;
  openOf: Int32Array;
  reachedOf: Int32Array;
  wonReach: number;
  entryTally: Int32Array;
  /** Whether the tallies follow a stage order (else each deal's own stage). */
  byOrder: boolean;
}

/** The per-month slots {@link sweepRows} adds into (see sweepDeals). */
interface SweepSlots {
  booked: UnitSlots;
  wonCount: Float64Array;
  wonCycleMs: Float64Array;
  openDeals: Int32Array;
  open: UnitSlots;
  closed: Int32Array;
  won: Int32Array;
  wonTotal: Int32Array;
  lostTotal: Int32Array;
}

/** A deal's amount as units at the columns' scale, exact (for columns whose amounts are not all exact doubles). */
function exactUnitsOf(columns: DealColumns, row: number): bigint {
  const { amount } = itemAt(columns.deals, row, 'sweepDeals');
  return amount.scale === columns.scale ? amount.units : amount.units * 10n ** BigInt(columns.scale - amount.scale);
}

/**
 * The sweep's pass over the deals, alone in its function: it runs once per deals array, mostly before
 * the optimizing compiler sees it, so its compiled loop must not include the code that follows the loop
 * (no feedback for it yet: the code was dropped at the loop's end, and the pass ran unoptimized again
 * for the next dataset).
 */
function sweepRows(columns: DealColumns, layout: SweepLayout, slots: SweepSlots): void {
  const caller = 'sweepDeals';
  const { count, createdAt, closedAt, createdMonth, closedMonth, status, stage: stageOf, units } = columns;
  const { firstWon, start, rows, openOf, reachedOf, wonReach, entryTally, byOrder } = layout;
  const { booked, wonCount, wonCycleMs, openDeals, open, closed, won, wonTotal, lostTotal } = slots;
  const bookedDoubles = booked.doubles;
  const openDoubles = open.doubles;
  // Plain reads and writes (see checkRows): every row below count is in range (checked by sweepBounds),
  // every slot by construction (months from sweepBounds' extremes, blocks per open stage and tally).
  for (let i = 0; i < count; i++) {
    const dealStatus = status[i] ?? OPEN;
    const closedIn = closedMonth[i] ?? NOT_CLOSED;
    const amount = units === null ? 0 : (units[i] ?? 0);
    const exact = units === null ? exactUnitsOf(columns, i) : 0n;
    if (dealStatus === WON && closedIn !== NOT_CLOSED) {
      const month = closedIn - firstWon;
      if (bookedDoubles !== null) bookedDoubles[month] = (bookedDoubles[month] ?? 0) + amount;
      else if (booked.bigints !== null) booked.bigints[month] = itemAt(booked.bigints, month, caller) + exact;
      wonCount[month] = (wonCount[month] ?? 0) + 1;
      wonCycleMs[month] = (wonCycleMs[month] ?? 0) + ((closedAt[i] ?? 0) - (createdAt[i] ?? 0));
    }
    const stageNumber = stageOf[i] ?? -1;
    const block = (openOf[stageNumber + 1] ?? 0) * rows;
    const created = createdMonth[i] ?? 0;
    const joins = block + created + 1 - start;
    openDeals[joins] = (openDeals[joins] ?? 0) + 1;
    if (openDoubles !== null) openDoubles[joins] = (openDoubles[joins] ?? 0) + amount;
    else if (open.bigints !== null) open.bigints[joins] = itemAt(open.bigints, joins, caller) + exact;
    if (dealStatus === OPEN || closedIn === NOT_CLOSED) continue;
    // The month of max(closedAt, createdAt), which is the later of their months (no instant read: in the
    // interpreter each would be a boxed number).
    const row = Math.max(closedIn, created) + 1 - start;
    const leaves = block + row;
    openDeals[leaves] = (openDeals[leaves] ?? 0) - 1;
    if (openDoubles !== null) openDoubles[leaves] = (openDoubles[leaves] ?? 0) - amount;
    else if (open.bigints !== null) open.bigints[leaves] = itemAt(open.bigints, leaves, caller) - exact;
    const isWon = dealStatus === WON;
    if (isWon) wonTotal[row] = (wonTotal[row] ?? 0) + 1;
    else lostTotal[row] = (lostTotal[row] ?? 0) + 1;
    // As stageWinProbabilities tallies: won deals went through every stage of an order, lost ones up to theirs.
    if (!byOrder) {
      if (stageNumber < 0) continue;
      const slot = stageNumber * rows + row;
      closed[slot] = (closed[slot] ?? 0) + 1;
      if (isWon) won[slot] = (won[slot] ?? 0) + 1;
      continue;
    }
    const reached = isWon ? wonReach : (reachedOf[stageNumber + 1] ?? -1);
    for (let j = 0; j <= reached && j < entryTally.length; j++) {
      const slot = (entryTally[j] ?? 0) * rows + row;
      closed[slot] = (closed[slot] ?? 0) + 1;
      if (isWon) won[slot] = (won[slot] ?? 0) + 1;
    }
  }
}

/** The open pipeline at row `row`, each stage weighted by its win probability learned from the deals closed by then. */
function weightedAt(history: ForecastHistory, row: number): ExactDecimal | null {
  const kept = history.weighted[row];
  if (kept !== undefined) return kept;
  const { openDeals, openUnits, tallyOf, closed, won, wonTotal, lostTotal } = history.pipeline;
  const overall = winRate({ won: wonTotal[row] ?? 0, lost: lostTotal[row] ?? 0 });
  let total: ExactDecimal | null = new ExactDecimal(0);
  for (let stage = 0; stage < openDeals.length; stage++) {
    if ((openDeals[stage]?.[row] ?? 0) === 0) continue;
    const tally = tallyOf[stage] ?? -1;
    const closedDeals = tally < 0 ? 0 : (closed[tally]?.[row] ?? 0);
    // A stage without closed deals falls back on the overall win rate, as the learned probabilities do.
    const probability = closedDeals === 0 ? overall : ratio(won[tally]?.[row] ?? 0, closedDeals);
    if (probability === null) {
      total = null;
      break;
    }
    total = total.plus(scaledToExact({ units: openUnits[stage]?.[row] ?? 0n, scale: history.scale }).times(toExact(probability)));
  }
  history.weighted[row] = total;
  return total;
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
  month: number,
  cycleMonths: number,
  options: BookingsForecastOptions,
  committed: ExactDecimal | null,
): ExactEstimates {
  const asOf = monthBoundary(month - 1);
  const row = month - history.firstMonth;
  // Before the first deal nothing is open (0); after the last change the pipeline stays as it was.
  const weighted = row < 0 || history.rows === 0 ? new ExactDecimal(0) : weightedAt(history, Math.min(row, history.rows - 1));
  const first = wonUpTo(history, month - 1 - cycleMonths);
  const last = wonUpTo(history, month - 1);
  const cycle = last.count === first.count ? null : averageCycleDays(last.cycleMs - first.cycleMs, last.count - first.count);
  const stageWeighted = exactStageWeightedForecast({ weightedPipeline: weighted, averageSalesCycleDays: cycle, periodDays: (monthBoundary(month) - asOf) / MS_PER_DAY });
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
