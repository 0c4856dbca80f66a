import { checkInput } from '../../_lib/arguments/index.js';
import { ExactDecimal, exactDivide, toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';

/** The three forecasts of one figure that revkit combines. */
export interface ForecastEstimates {
  /** From the stage-weighted pipeline. */
  stageWeighted: ExactValue | null;
  /** From the trend-and-seasonality projection of history. */
  trend: ExactValue | null;
  /** The figure the sales owners commit to (their judgement). */
  committed?: ExactValue | null;
}

/** Shared option: how much each estimate counts in a combined forecast (default 1 each). */
export interface ForecastWeightsOption {
  weights?: Partial<Record<keyof ForecastEstimates, number>>;
}

/**
 * Combined forecast: the weighted mean of the estimates that exist, so
 * stage conversion, history (trend and seasonality) and the owners'
 * commitment check one another. All estimates must forecast the same figure
 * over the same period. `null` when no estimate with a positive weight exists.
 *
 * @example
 * combinedForecast({ stageWeighted: 12000, trend: 10000, committed: 11000 }) //=> 11000
 * combinedForecast({ stageWeighted: 12000, trend: 10000 }, { weights: { stageWeighted: 3, trend: 1 } }) //=> 11500
 * @throws {TypeError} when `estimates` is not an object or a field is not what it holds (`combinedForecast: estimates.<field> must be …`)
 */
export function combinedForecast(estimates: ForecastEstimates, options: ForecastWeightsOption = {}): number | null {
  checkInput(estimates, 'combinedForecast', { stageWeighted: 'decimal | null', trend: 'decimal | null', committed: 'decimal? | null' }, 'estimates');
  checkInput(options, 'combinedForecast', { weights: 'object?' }, 'options');
  if (options.weights) checkInput(options.weights, 'combinedForecast', { stageWeighted: 'number?', trend: 'number?', committed: 'number?' }, 'options.weights');
  const combined = exactCombinedForecast(estimates, options);
  return combined === null ? null : toMoney(combined);
}

/**
 * {@link combinedForecast} before rounding, for figures built on it (a backtest error) so they round only once.
 *
 * @example
 * exactCombinedForecast({ stageWeighted: '0.01', trend: '0.02' })?.toString() //=> '0.015'
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function exactCombinedForecast(estimates: ForecastEstimates, options: ForecastWeightsOption = {}): ExactDecimal | null {
  let total = new ExactDecimal(0);
  let weights = new ExactDecimal(0);
  for (const key of ['stageWeighted', 'trend', 'committed'] as const) {
    const value = estimates[key];
    const weight = options.weights?.[key] ?? 1;
    if (value === null || value === undefined || weight <= 0) continue;
    total = total.plus(toExact(value).times(weight));
    weights = weights.plus(weight);
  }
  return weights.isZero() ? null : exactDivide(total, weights);
}
