import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactDecimal, ratio } from '../../engine/exact/index.js';
import { engagementChurnCorrelation } from './index.js';

describe('engagementChurnCorrelation', () => {
  it('is −1 when only the disengaged churn', () => {
    expect(engagementChurnCorrelation([{ score: 10, churned: false }, { score: 0, churned: true }])).toBe(-1);
  });
  it('is Pearson’s r of score and churn', () => {
    const outcomes = [
      { score: 1, churned: true },
      { score: 2, churned: false },
      { score: 3, churned: true },
      { score: 6, churned: false },
    ];
    // x̄ = 3, ȳ = 0.5: cov = Σ(x−3)(y−0.5) = (−2)(0.5)+(−1)(−0.5)+0+(3)(−0.5) = −2; sx² = 14, sy² = 1
    expect(engagementChurnCorrelation(outcomes)).toBeCloseTo(-2 / Math.sqrt(14), 12);
  });
  it('returns null for a single customer', () => {
    expect(engagementChurnCorrelation([{ score: 5, churned: true }])).toBeNull();
  });
  it('returns null when nobody churned (zero denominator)', () => {
    expect(engagementChurnCorrelation([{ score: 5, churned: false }, { score: 1, churned: false }])).toBeNull();
  });
});

/** Pearson's r as first written: every outcome converted and summed one by one. */
function reference(outcomes: readonly { score: number; churned: boolean }[]): number | null {
  const n = outcomes.length;
  if (n < 2) return null;
  let sumX = new ExactDecimal(0);
  let sumXX = new ExactDecimal(0);
  let sumXY = new ExactDecimal(0);
  let churned = 0;
  for (const { score, churned: left } of outcomes) {
    const x = new ExactDecimal(score);
    sumX = sumX.plus(x);
    sumXX = sumXX.plus(x.times(x));
    if (left) {
      sumXY = sumXY.plus(x);
      churned++;
    }
  }
  const covariance = sumXY.times(n).minus(sumX.times(churned));
  const spreadX = sumXX.times(n).minus(sumX.times(sumX));
  return ratio(covariance, spreadX.times(new ExactDecimal(churned * n - churned * churned)).sqrt());
}

describe('engagementChurnCorrelation against its definition', () => {
  it('gives the per-outcome sums’ r when scores repeat, on random outcomes', () => {
    const score = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(0.5, 1.25, 2.1, 7.3), fc.double({ min: 0, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.record({ score, churned: fc.boolean() }), { maxLength: 60 }), (outcomes) => {
        expect(engagementChurnCorrelation(outcomes)).toBe(reference(outcomes));
      }),
      { numRuns: 300 },
    );
  });
});

describe('engagementChurnCorrelation errors', () => {
  it('a score that is not a number is a TypeError naming the function and the outcome, not a decimal.js error', () => {
    const outcomes = [{ score: 'high' as unknown as number, churned: false }, { score: 0, churned: true }];
    expect(() => engagementChurnCorrelation(outcomes)).toThrow(TypeError);
    expect(() => engagementChurnCorrelation(outcomes)).toThrow('engagementChurnCorrelation: outcomes[0].score must be a finite number, got "high"');
  });
});
