import { describe, expect, it } from 'vitest';
import { trendSeasonalForecast } from './index.js';

describe('trendSeasonalForecast', () => {
  it('extends a straight trend', () => {
    expect(trendSeasonalForecast([100, 110, 120], { horizon: 2 })).toEqual([130, 140]);
  });
  it('adds the seasonal deviation once two seasons are known', () => {
    // Trend +10 a month, with +5 / −5 alternating around it (season of 2 months).
    const series = [105, 105, 125, 125, 145, 145];
    // Least squares: 125 + 64/7 × (t − 2.5); phase deviations +32/7 and −32/7.
    expect(trendSeasonalForecast(series, { horizon: 2, seasonLength: 2 })).toEqual([161.57, 161.57]);
    expect(trendSeasonalForecast(series, { horizon: 2 })).toEqual([157, 166.14]);
  });
  it('never projects below zero', () => {
    expect(trendSeasonalForecast([30, 20, 10], { horizon: 2 })).toEqual([0, 0]);
  });
  it('returns null with a single value (empty history)', () => {
    expect(trendSeasonalForecast([100])).toBeNull();
    expect(trendSeasonalForecast([])).toBeNull();
  });
  it('keeps money exact on a flat series', () => {
    expect(trendSeasonalForecast(['0.1', '0.1', '0.1'], { horizon: 1 })).toEqual([0.1]);
  });
});
