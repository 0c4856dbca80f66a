import { checkInput } from '../../_lib/arguments/index.js';
import { exactDivide, ExactDecimal, toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';

/** Inputs of {@link stageWeightedForecast}. */
export interface StageWeightedForecastInput {
  /** The stage-weighted open pipeline at the start of the period (see `weightedPipeline`); `null` when unknown. */
  weightedPipeline: ExactValue | null;
  /** Average sales cycle of the recently won deals, in days (see `averageSalesCycleDays`); `null` without any. */
  averageSalesCycleDays: ExactValue | null;
  /** Days in the forecast period (a month: 28 to 31). */
  periodDays: number;
}

/**
 * Stage-weighted bookings forecast of a period: the share of the
 * stage-weighted pipeline expected to close in it. Open deals close over
 * about one sales cycle, so the share is weighted pipeline × min(1, period
 * days ÷ average cycle days): a cycle shorter than the period closes the
 * whole weighted pipeline, never more. `null` when the pipeline or the cycle
 * is unknown, or the cycle is 0 days.
 *
 * @example
 * stageWeightedForecast({ weightedPipeline: 2000, averageSalesCycleDays: 39, periodDays: 30 }) //=> 1538.46
 * stageWeightedForecast({ weightedPipeline: 2000, averageSalesCycleDays: 10, periodDays: 31 }) //=> 2000
 * stageWeightedForecast({ weightedPipeline: 2000, averageSalesCycleDays: null, periodDays: 31 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`stageWeightedForecast: input.<field> must be …`); {RangeError} when a count is negative
 */
export function stageWeightedForecast(input: StageWeightedForecastInput): number | null {
  checkInput(input, 'stageWeightedForecast', { weightedPipeline: 'decimal | null', averageSalesCycleDays: 'decimal | null', periodDays: 'count' });
  const forecast = exactStageWeightedForecast(input);
  return forecast === null ? null : toMoney(forecast);
}

/**
 * {@link stageWeightedForecast} before rounding, for figures built on it (a combined forecast, a backtest
 * error) so they round only once.
 *
 * @example
 * exactStageWeightedForecast({ weightedPipeline: 1000, averageSalesCycleDays: 60, periodDays: 30 })?.toString() //=> '500'
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function exactStageWeightedForecast(input: StageWeightedForecastInput): ExactDecimal | null {
  if (input.weightedPipeline === null || input.averageSalesCycleDays === null) return null;
  const cycle = toExact(input.averageSalesCycleDays);
  if (cycle.isZero()) return null;
  return toExact(input.weightedPipeline).times(ExactDecimal.min(1, exactDivide(new ExactDecimal(input.periodDays), cycle)));
}
