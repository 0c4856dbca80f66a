import { checkInput, decimalsArgument } from '../../_lib/arguments/index.js';
import { toExact, toMoney, type ExactDecimal, type ExactValue } from '../../engine/exact/index.js';
import { PrefixTrendFit } from './prefixFit.js';
import type { ProjectionOption } from '../../engine/options/index.js';

/**
 * Trend-and-seasonality projection of a monthly series (MRR, bookings):
 * a least-squares line through the history plus, once at least two full
 * seasons are known, the mean deviation from the line of each month of the
 * season (additive seasonality, centred on 0). Projected values below 0 are
 * 0. Computed in exact fractions (see `PrefixTrendFit`), rounded once to
 * cents. `null` with fewer than 2 values.
 *
 * @param series monthly values, oldest first, the last one the latest month
 * @param options `horizon` months to project (default 3), `seasonLength` (default 12)
 * @example
 * trendSeasonalForecast([100, 110, 120], { horizon: 2 }) //=> [130, 140]
 * trendSeasonalForecast([100]) //=> null
 * @throws {TypeError} when `series` is not an array of decimals or an option not an integer; {RangeError} when `horizon` or `seasonLength` is outside 1–120
 */
export function trendSeasonalForecast(series: readonly ExactValue[], options: ProjectionOption = {}): number[] | null {
  decimalsArgument(series, 'trendSeasonalForecast', 'series');
  checkInput(options, 'trendSeasonalForecast', { horizon: 'count?', seasonLength: 'count?' }, 'options');
  for (const key of ['horizon', 'seasonLength'] as const) {
    const value = options[key];
    // Bounded work: the projection runs once per month of the horizon.
    if (value !== undefined && (value < 1 || value > MAX_PROJECTION_MONTHS)) {
      throw new RangeError(`trendSeasonalForecast: options.${key} must be from 1 to ${MAX_PROJECTION_MONTHS} months, got ${value}`);
    }
  }
  return exactTrendSeasonalForecast(series, options)?.map(toMoney) ?? null;
}

/** The longest horizon and season, in months (the RevOps report's `forecastHorizon` goes to 120 too). */
const MAX_PROJECTION_MONTHS = 120;

/**
 * {@link trendSeasonalForecast} before rounding, for figures derived from the
 * projection (a combined forecast, a backtest error) so they round only once.
 *
 * @example
 * exactTrendSeasonalForecast([100, 110, 120], { horizon: 1 })?.[0]?.toNumber() //=> 130
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function exactTrendSeasonalForecast(series: readonly ExactValue[], options: ProjectionOption = {}): ExactDecimal[] | null {
  if (series.length < 2) return null;
  // The values as integers over one power of ten, fitted in exact fractions: rounded once, at the end.
  const values = series.map((value) => {
    const [whole = '0', fraction = ''] = toExact(value).toFixed().split('.');
    return { units: BigInt(whole + fraction), scale: fraction.length };
  });
  const scale = values.reduce((largest, value) => Math.max(largest, value.scale), 0);
  const fit = new PrefixTrendFit(10n ** BigInt(scale), options.seasonLength ?? 12);
  for (const { units, scale: own } of values) fit.push(units * 10n ** BigInt(scale - own));
  return fit.forecast(series.length, options.horizon ?? 3);
}
