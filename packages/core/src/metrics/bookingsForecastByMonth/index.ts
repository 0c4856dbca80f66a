import { ExactDecimal, sumScaled, toExact, toMoney, type ExactValue, type ScaledDecimal } from '../../engine/exact/index.js';
import { formatMonth, LAST_SUPPORTED_MONTH, monthBoundary, monthOfInstant, parseMonthRange } from '../../engine/month/index.js';
import type { StageOrderOption } from '../../engine/options/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';
import type { BookingsForecastMonth, MonthString } from '../../types.js';

export type { BookingsForecastMonth };
import { exactSalesCycleDays } from '../averageSalesCycleDays/index.js';
import { exactCombinedForecast, type ForecastWeightsOption } from '../combinedForecast/index.js';
import { forecastAccuracy } from '../forecastAccuracy/index.js';
import { stageWinProbabilities } from '../stageWinProbabilities/index.js';
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
  // Won bookings by the month they closed, summed exactly once: the actuals and every trend's history.
  const won = new Map<number, ScaledDecimal[]>();
  let firstWon = Infinity;
  for (const deal of deals) {
    if (deal.status !== 'won' || deal.closedAt === null) continue;
    const month = monthOfInstant(deal.closedAt);
    const amounts = won.get(month);
    if (amounts) amounts.push(deal.amount);
    else won.set(month, [deal.amount]);
    firstWon = Math.min(firstWon, month);
  }
  const wonByMonth = new Map([...won].map(([month, amounts]) => [month, sumScaled(amounts)]));
  const booked = (month: number) => wonByMonth.get(month) ?? new ExactDecimal(0);
  const months: BookingsForecastMonth[] = [];
  const outcomes: Record<BookingsForecastMethod, { forecast: ExactDecimal; actual: ExactDecimal }[]> = { stageWeighted: [], trend: [], combined: [] };
  for (let month = from; month <= to + 1; month++) {
    // The month after the last supported one (9999-01) is named but never forecast.
    const estimates =
      month > LAST_SUPPORTED_MONTH
        ? { stageWeighted: null, trend: null, combined: null }
        : estimatesFor(deals, month, length, options, month === to + 1 ? committed : null, booked, firstWon);
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
 * The forecasts of month `month`'s bookings made at the end of the month before, from what was known then
 * (as `dealsKnownAt` cuts it: a deal closed at or after that instant was still open), in one pass over the
 * deals without copying them; amounts are summed by stage exactly, then weighted once per stage.
 */
function estimatesFor(
  deals: readonly ValidDeal[],
  month: number,
  cycleMonths: number,
  options: BookingsForecastOptions,
  committed: ExactDecimal | null,
  booked: (month: number) => ExactDecimal,
  firstWon: number,
): ExactEstimates {
  const asOf = monthBoundary(month - 1);
  const cycleStart = monthBoundary(month - 1 - cycleMonths);
  const closed: ValidDeal[] = [];
  const openByStage = new Map<string | null, ScaledDecimal[]>();
  const cycles: { createdAt: number; closedAt: number }[] = [];
  for (const deal of deals) {
    if (deal.createdAt >= asOf) continue;
    if (deal.status !== 'open' && deal.closedAt !== null && deal.closedAt < asOf) {
      closed.push(deal);
      if (deal.status === 'won' && deal.closedAt >= cycleStart) cycles.push({ createdAt: deal.createdAt, closedAt: deal.closedAt });
      continue;
    }
    const amounts = openByStage.get(deal.stage);
    if (amounts) amounts.push(deal.amount);
    else openByStage.set(deal.stage, [deal.amount]);
  }
  // Stage probabilities learn from the closed deals only (open ones add no history).
  const learned = stageWinProbabilities(closed, { stageOrder: options.stageOrder });
  const byStage = new Map(learned.stages.map((entry) => [entry.stage, entry.probability]));
  let weighted: ExactDecimal | null = new ExactDecimal(0);
  for (const [stage, amounts] of openByStage) {
    const probability = (stage === null ? undefined : byStage.get(stage)) ?? learned.overall;
    if (probability === null) {
      weighted = null;
      break;
    }
    weighted = weighted.plus(sumScaled(amounts).times(toExact(probability)));
  }
  const cycle = exactSalesCycleDays(cycles);
  const daysInMonth = (monthBoundary(month) - asOf) / MS_PER_DAY;
  // Open deals close over about one sales cycle: the weighted pipeline's share landing in the
  // month is × min(1, days ÷ cycle), never more than the pipeline itself.
  const stageWeighted =
    weighted === null || cycle === null || cycle.isZero() ? null : weighted.times(ExactDecimal.min(1, new ExactDecimal(daysInMonth).div(cycle)));
  // Monthly bookings from the first won month (or the month before, without any) to the month before.
  const monthly: ExactDecimal[] = [];
  for (let m = Math.min(firstWon, month - 1); m <= month - 1; m++) monthly.push(booked(m));
  const trend = exactTrendSeasonalForecast(monthly, { horizon: 1 })?.[0] ?? null;
  const combined = exactCombinedForecast({ stageWeighted, trend, committed }, { weights: options.weights });
  return { stageWeighted, trend, combined };
}
