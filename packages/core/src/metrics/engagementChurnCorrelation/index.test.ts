import { describe, expect, it } from 'vitest';
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
