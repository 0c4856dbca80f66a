import { ExactDecimal, toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';
import type { ProjectionOption } from '../../engine/options/index.js';

/**
 * Trend-and-seasonality projection of a monthly series (MRR, bookings):
 * a least-squares line through the history plus, once at least two full
 * seasons are known, the mean deviation from the line of each month of the
 * season (additive seasonality, centred on 0). Projected values below 0 are
 * 0. Computed exactly, rounded to cents. `null` with fewer than 2 values.
 *
 * @param series monthly values, oldest first, the last one the latest month
 * @param options `horizon` months to project (default 3), `seasonLength` (default 12)
 * @example
 * trendSeasonalForecast([100, 110, 120], { horizon: 2 }) //=> [130, 140]
 * trendSeasonalForecast([100]) //=> null
 * @throws {Error} from decimal.js when a value is not a decimal
 */
export function trendSeasonalForecast(series: readonly ExactValue[], options: ProjectionOption = {}): number[] | null {
  return exactTrendSeasonalForecast(series, options)?.map(toMoney) ?? null;
}

/**
 * {@link trendSeasonalForecast} before rounding, for figures derived from the
 * projection (a combined forecast, a backtest error) so they round only once.
 *
 * @example
 * exactTrendSeasonalForecast([100, 110, 120], { horizon: 1 })?.[0]?.toNumber() //=> 130
 * @throws {Error} from decimal.js when a value is not a decimal
 */
export function exactTrendSeasonalForecast(series: readonly ExactValue[], options: ProjectionOption = {}): ExactDecimal[] | null {
  const horizon = options.horizon ?? 3;
  const seasonLength = options.seasonLength ?? 12;
  const n = series.length;
  if (n < 2) return null;
  const values = series.map(toExact);
  const meanT = new ExactDecimal(n - 1).div(2);
  const meanY = values.reduce((sum, v) => sum.plus(v), new ExactDecimal(0)).div(n);
  let covariance = new ExactDecimal(0);
  let variance = new ExactDecimal(0);
  values.forEach((value, t) => {
    const dt = new ExactDecimal(t).minus(meanT);
    covariance = covariance.plus(dt.times(value.minus(meanY)));
    variance = variance.plus(dt.times(dt));
  });
  const slope = covariance.div(variance);
  const trendAt = (t: number): ExactDecimal => meanY.plus(slope.times(new ExactDecimal(t).minus(meanT)));

  const seasonal = new Array<ExactDecimal>(seasonLength).fill(new ExactDecimal(0));
  if (seasonLength >= 2 && n >= 2 * seasonLength) {
    const deviations = values.map((value, t) => value.minus(trendAt(t)));
    const means = Array.from({ length: seasonLength }, (_, phase) => {
      const ofPhase = deviations.filter((_, t) => t % seasonLength === phase);
      return ofPhase.reduce((sum, deviation) => sum.plus(deviation), new ExactDecimal(0)).div(ofPhase.length);
    });
    const centre = means.reduce((sum, m) => sum.plus(m), new ExactDecimal(0)).div(seasonLength);
    means.forEach((mean, phase) => (seasonal[phase] = mean.minus(centre)));
  }

  const out: ExactDecimal[] = [];
  for (let h = 1; h <= horizon; h++) {
    const t = n - 1 + h;
    const projected = trendAt(t).plus(seasonal[t % seasonLength] ?? 0);
    out.push(projected.isNegative() ? new ExactDecimal(0) : projected);
  }
  return out;
}
