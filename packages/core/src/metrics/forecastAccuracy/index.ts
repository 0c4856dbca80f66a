import { recordArgument, recordsArgument } from '../../_lib/arguments/index.js';
import { exactDivide, ExactDecimal, ratio, toExact, type ExactValue } from '../../engine/exact/index.js';
import { describeValue } from '../../engine/errors/index.js';

/** One past forecast and what happened. */
export interface ForecastOutcome {
  forecast: ExactValue;
  actual: ExactValue;
}

/** Shared option: the error measure, MAPE (default) or WAPE. */
export interface ForecastErrorMethodOption {
  /** `mape`: mean of |actual − forecast| ÷ |actual|; `wape`: Σ|actual − forecast| ÷ Σ|actual| (weights big periods more, survives actual = 0). */
  method?: 'mape' | 'wape';
}

/**
 * Forecast accuracy as an error of past forecasts against what happened,
 * MAPE by default (0.05 = off by 5 % on average; lower is better). MAPE skips
 * periods whose actual is 0 (their percentage error has no value); `null`
 * when no period is left.
 *
 * @example
 * forecastAccuracy([{ forecast: 110, actual: 100 }, { forecast: 190, actual: 200 }]) //=> 0.075
 * forecastAccuracy([{ forecast: 110, actual: 100 }, { forecast: 190, actual: 200 }], { method: 'wape' }) //=> 0.06666666666666667
 * forecastAccuracy([]) //=> null
 * @throws {TypeError} when `outcomes` is not an array of `{ forecast, actual }` decimals (`forecastAccuracy: outcomes[0].actual must be …`); {RangeError} when `options.method` is neither `mape` nor `wape`
 */
export function forecastAccuracy(outcomes: readonly ForecastOutcome[], options: ForecastErrorMethodOption = {}): number | null {
  recordsArgument(outcomes, 'forecastAccuracy', 'outcomes', { forecast: 'decimal', actual: 'decimal' });
  recordArgument(options, 'forecastAccuracy', 'options');
  if (options.method !== undefined && options.method !== 'mape' && options.method !== 'wape') {
    throw new RangeError(`forecastAccuracy: options.method must be "mape" or "wape", got ${describeValue(options.method)}`);
  }
  let errors = new ExactDecimal(0);
  let actuals = new ExactDecimal(0);
  let periods = 0;
  for (const { forecast, actual } of outcomes) {
    const real = toExact(actual);
    const error = real.minus(toExact(forecast)).abs();
    if (options.method === 'wape') {
      errors = errors.plus(error);
      actuals = actuals.plus(real.abs());
    } else if (!real.isZero()) {
      errors = errors.plus(exactDivide(error, real.abs()));
      periods++;
    }
  }
  return options.method === 'wape' ? ratio(errors, actuals) : ratio(errors, periods);
}
