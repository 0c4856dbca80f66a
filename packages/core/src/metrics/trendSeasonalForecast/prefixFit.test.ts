import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../engine/exact/index.js';
import { PrefixTrendFit } from './prefixFit.js';

/** The fit as first written, in 60-digit decimals step by step: the definition the exact fit must meet. */
function decimalFit(values: ExactDecimal[], horizon: number, seasonLength: number): ExactDecimal[] | null {
  const n = values.length;
  if (n < 2) return null;
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
  return Array.from({ length: horizon }, (_, i) => {
    const t = n + i;
    const projected = trendAt(t).plus(seasonal[t % seasonLength] ?? 0);
    return projected.isNegative() ? new ExactDecimal(0) : projected;
  });
}

describe('PrefixTrendFit', () => {
  it('gives the decimal least-squares and seasonal fit on every first count of values (to 40 decimal places)', () => {
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
            const expected = decimalFit(values.slice(0, count), horizon, seasonLength);
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
