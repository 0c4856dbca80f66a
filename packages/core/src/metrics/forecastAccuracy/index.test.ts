import { describe, expect, it } from 'vitest';
import { forecastAccuracy } from './index.js';

describe('forecastAccuracy', () => {
  const outcomes = [
    { forecast: 110, actual: 100 },
    { forecast: 190, actual: 200 },
  ];
  it('is the mean absolute percentage error by default', () => {
    expect(forecastAccuracy(outcomes)).toBe(0.075);
  });
  it('is the weighted absolute percentage error with method wape', () => {
    expect(forecastAccuracy(outcomes, { method: 'wape' })).toBe(20 / 300);
  });
  it('skips periods whose actual is 0 and returns null when none is left (zero denominator)', () => {
    expect(forecastAccuracy([{ forecast: 5, actual: 0 }])).toBeNull();
    expect(forecastAccuracy([{ forecast: 5, actual: 0 }, ...outcomes])).toBe(0.075);
  });
  it('returns null without past forecasts (empty period)', () => {
    expect(forecastAccuracy([])).toBeNull();
  });
  it('is 0 for a perfect single forecast', () => {
    expect(forecastAccuracy([{ forecast: '99.99', actual: '99.99' }])).toBe(0);
  });
});
