import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../engine/exact/index.js';
import { exactTrendSeasonalForecast } from './index.js';
import { PrefixTrendFit } from './prefixFit.js';

describe('PrefixTrendFit', () => {
  it('gives the fit of exactTrendSeasonalForecast on every first count of values (to 40 decimal places)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 0, maxLength: 40 }),
        fc.constantFrom(1n, 3n, 100n, 8400n),
        fc.constantFrom(2, 3, 12),
        fc.integer({ min: 1, max: 5 }),
        (numerators, denominator, seasonLength, horizon) => {
          const fit = new PrefixTrendFit(denominator, seasonLength);
          numerators.forEach((value) => fit.push(value));
          const values = numerators.map((value) => new ExactDecimal(value.toString()).div(denominator.toString()));
          for (let count = 0; count <= numerators.length; count++) {
            const expected = exactTrendSeasonalForecast(values.slice(0, count), { horizon, seasonLength });
            const actual = fit.forecast(count, horizon);
            if (expected === null) expect(actual).toBeNull();
            else expect(actual?.map((value, i) => value.minus(expected[i] ?? 0).abs().lt('1e-40'))).toEqual(expected.map(() => true));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('projects a straight line exactly', () => {
    const fit = new PrefixTrendFit(1n);
    [100n, 110n, 120n].forEach((value) => fit.push(value));
    expect(fit.forecast(3, 2)?.map((value) => value.toString())).toEqual(['130', '140']);
    expect(fit.forecast(1, 1)).toBeNull();
  });
});
