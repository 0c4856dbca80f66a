import { ExactDecimal, ratio, scaledToExact, sumScaled, toExact, toMoney, type ExactValue, type ScaledDecimal } from '../../engine/exact/index.js';
import { formatMonth, LAST_SUPPORTED_MONTH, monthBoundary, monthOfInstant, parseMonthRange } from '../../engine/month/index.js';
import type { StageOrderOption } from '../../engine/options/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';
import type { BookingsForecastMonth, MonthString } from '../../types.js';

export type { BookingsForecastMonth };
import { exactCombinedForecast, type ForecastWeightsOption } from '../combinedForecast/index.js';
import { forecastAccuracy } from '../forecastAccuracy/index.js';
import { winRate } from '../winRate/index.js';
import { exactTrendSeasonalForecast } from '../trendSeasonalForecast/index.js';

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
 * - stage-weighted: the open pipeline weighted by the stage win probabilities
 *   learned from the deals closed by then, × min(1, days of M ÷ the average
 *   sales cycle of the deals won in the range's length of months before M);
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
  const { from, to } = parseMonthRange(options);
  const length = to - from + 1;
  const committed = options.committedBookings === undefined || options.committedBookings === null ? null : toExact(options.committedBookings);
  const history = forecastHistory(deals, options.stageOrder);
  const booked = (month: number) => history.booked.get(month) ?? new ExactDecimal(0);
  const months: BookingsForecastMonth[] = [];
  const outcomes: Record<BookingsForecastMethod, { forecast: ExactDecimal; actual: ExactDecimal }[]> = { stageWeighted: [], trend: [], combined: [] };
  for (let month = from; month <= to + 1; month++) {
    // The month after the last supported one (9999-01) is named but never forecast.
    const estimates =
      month > LAST_SUPPORTED_MONTH
        ? { stageWeighted: null, trend: null, combined: null }
        : estimatesFor(history, month, length, options, month === to + 1 ? committed : null);
    const actual = month <= to ? booked(month) : null;
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
 * cycles), built in one sweep over the deals in time order and kept per deals
 * array, so each month's forecast is a few exact operations and a new range
 * (a period change) costs no pass over the deals.
 */
interface ForecastHistory {
  /** Won bookings by the month they closed, summed exactly. */
  booked: Map<number, ExactDecimal>;
  /** The first month with a won deal (Infinity without). */
  firstWon: number;
  /** Won deals' close instants, ascending, and the running sums of their cycles (ms) and counts. */
  wonClosedAt: Float64Array;
  wonCycleMs: Float64Array;
  /** The weighted open pipeline known at B(M − 1), per month M from `firstMonth`; `null` when a stage has no probability. */
  firstMonth: number;
  weighted: (ExactDecimal | null)[];
  /** The trend forecast of month M, computed on first use. */
  trend: Map<number, ExactDecimal | null>;
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

function sweepDeals(deals: readonly ValidDeal[], stageOrder: readonly string[] | undefined): ForecastHistory {
  const won = new Map<number, ScaledDecimal[]>();
  let firstWon = Infinity;
  let scale = 0;
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  const wonDeals: { createdAt: number; closedAt: number }[] = [];
  for (const deal of deals) {
    if (deal.amount.scale > scale) scale = deal.amount.scale;
    firstMonth = Math.min(firstMonth, monthOfInstant(deal.createdAt));
    lastMonth = Math.max(lastMonth, monthOfInstant(deal.closedAt ?? deal.createdAt));
    if (deal.status !== 'won' || deal.closedAt === null) continue;
    wonDeals.push({ createdAt: deal.createdAt, closedAt: deal.closedAt });
    const month = monthOfInstant(deal.closedAt);
    const amounts = won.get(month);
    if (amounts) amounts.push(deal.amount);
    else won.set(month, [deal.amount]);
    firstWon = Math.min(firstWon, month);
  }
  wonDeals.sort((a, b) => a.closedAt - b.closedAt);
  const wonClosedAt = Float64Array.from(wonDeals, (deal) => deal.closedAt);
  const wonCycleMs = new Float64Array(wonDeals.length + 1);
  // Whole milliseconds, as exactSalesCycleDays sums them.
  wonDeals.forEach((deal, i) => (wonCycleMs[i + 1] = wonCycleMs[i]! + (deal.closedAt - deal.createdAt)));

  // The pipeline at each boundary B(M − 1), M from the month after the first deal to the month after the last
  // change: deals join when created and leave the open amounts for the tallies when closed (closedAt ≥ createdAt).
  const entries = deals.map((deal) => ({ deal, units: deal.amount.units * 10n ** BigInt(scale - deal.amount.scale), closedAt: deal.status === 'open' || deal.closedAt === null ? null : Math.max(deal.closedAt, deal.createdAt) }));
  const created = [...entries].sort((a, b) => a.deal.createdAt - b.deal.createdAt);
  const closed = entries.filter((entry): entry is typeof entry & { closedAt: number } => entry.closedAt !== null).sort((a, b) => a.closedAt - b.closedAt);
  const open = new Map<string | null, { deals: number; units: bigint }>();
  const tallies = new Map<string, { closed: number; won: number }>();
  const order = stageOrder === undefined ? null : new Map(stageOrder.map((stage, i) => [stage, i]));
  let wonCount = 0;
  let lostCount = 0;
  const weighted: (ExactDecimal | null)[] = [];
  const start = firstMonth === Infinity ? 0 : firstMonth + 1;
  let c = 0;
  let k = 0;
  for (let month = start; month <= lastMonth + 1; month++) {
    const asOf = monthBoundary(month - 1);
    for (; c < created.length && created[c]!.deal.createdAt < asOf; c++) {
      const { deal, units } = created[c]!;
      const entry = open.get(deal.stage) ?? { deals: 0, units: 0n };
      entry.deals++;
      entry.units += units;
      open.set(deal.stage, entry);
    }
    // A deal counts as closed once known (createdAt) and closed, so every deal closing here was added above.
    for (; k < closed.length && closed[k]!.closedAt < asOf; k++) {
      const { deal, units } = closed[k]!;
      const entry = open.get(deal.stage) ?? { deals: 0, units: 0n };
      entry.deals--;
      entry.units -= units;
      open.set(deal.stage, entry);
      const isWon = deal.status === 'won';
      if (isWon) wonCount++;
      else lostCount++;
      // As stageWinProbabilities tallies: won deals went through every stage of an order, lost ones up to theirs.
      const reached = order === null ? null : isWon ? order.size - 1 : deal.stage === null ? -1 : (order.get(deal.stage) ?? -1);
      const stages = reached === null ? (deal.stage === null ? [] : [deal.stage]) : (stageOrder ?? []).slice(0, reached + 1);
      for (const stage of stages) {
        const tally = tallies.get(stage) ?? { closed: 0, won: 0 };
        tally.closed++;
        if (isWon) tally.won++;
        tallies.set(stage, tally);
      }
    }
    const overall = winRate({ won: wonCount, lost: lostCount });
    let total: ExactDecimal | null = new ExactDecimal(0);
    for (const [stage, entry] of open) {
      if (entry.deals === 0) continue;
      const tally = stage === null ? undefined : tallies.get(stage);
      // A stage without closed deals falls back on the overall win rate, as the learned probabilities do.
      const probability = tally === undefined || tally.closed === 0 ? overall : ratio(tally.won, tally.closed);
      if (probability === null) {
        total = null;
        break;
      }
      total = total.plus(scaledToExact({ units: entry.units, scale }).times(toExact(probability)));
    }
    weighted.push(total);
  }
  return {
    booked: new Map([...won].map(([month, amounts]) => [month, sumScaled(amounts)])),
    firstWon,
    wonClosedAt,
    wonCycleMs,
    firstMonth: start,
    weighted,
    trend: new Map(),
  };
}

/** The first index of `sorted` whose value is ≥ `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
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
  const weighted = row < 0 ? new ExactDecimal(0) : history.weighted[Math.min(row, history.weighted.length - 1)] ?? new ExactDecimal(0);
  const first = lowerBound(history.wonClosedAt, monthBoundary(month - 1 - cycleMonths));
  const last = lowerBound(history.wonClosedAt, asOf);
  const cycle = last === first ? null : new ExactDecimal(history.wonCycleMs[last]! - history.wonCycleMs[first]!).div((last - first) * MS_PER_DAY);
  const daysInMonth = (monthBoundary(month) - asOf) / MS_PER_DAY;
  // Open deals close over about one sales cycle: the weighted pipeline's share landing in the
  // month is × min(1, days ÷ cycle), never more than the pipeline itself.
  const stageWeighted =
    weighted === null || cycle === null || cycle.isZero() ? null : weighted.times(ExactDecimal.min(1, new ExactDecimal(daysInMonth).div(cycle)));
  let trend = history.trend.get(month);
  if (trend === undefined) {
    // Monthly bookings from the first won month (or the month before, without any) to the month before.
    const monthly: ExactDecimal[] = [];
    for (let m = Math.min(history.firstWon, month - 1); m <= month - 1; m++) monthly.push(history.booked.get(m) ?? new ExactDecimal(0));
    trend = exactTrendSeasonalForecast(monthly, { horizon: 1 })?.[0] ?? null;
    history.trend.set(month, trend);
  }
  const combined = exactCombinedForecast({ stageWeighted, trend, committed }, { weights: options.weights });
  return { stageWeighted, trend, combined };
}
