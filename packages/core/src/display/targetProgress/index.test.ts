import { describe, expect, it } from 'vitest';
import { getMetric } from '../../catalog/index.js';
import { targetProgress } from './index.js';

describe('targetProgress', () => {
  it('is value ÷ target for a positive target, higher is better', () => {
    expect(targetProgress({ value: 75, target: 100 })).toBe(0.75);
    expect(targetProgress({ value: 120, target: 100 })).toBe(1.2);
    expect(targetProgress({ value: 0, target: 100 })).toBe(0);
    expect(targetProgress({ value: 75, target: 100, polarity: 'higher-is-better' })).toBe(0.75);
  });

  it('reads neutral polarity as higher is better', () => {
    expect(targetProgress({ value: 75, target: 100, polarity: 'neutral' })).toBe(0.75);
  });

  it('returns null when the target is 0 (zero denominator)', () => {
    expect(targetProgress({ value: 5, target: 0 })).toBeNull();
    expect(targetProgress({ value: 0, target: 0 })).toBeNull();
    expect(targetProgress({ value: 5, target: -0, polarity: 'lower-is-better' })).toBeNull();
  });

  it('measures a negative target on the same scale: less loss than the target is above 1', () => {
    expect(targetProgress({ value: -1000, target: -1000 })).toBe(1);
    expect(targetProgress({ value: -500, target: -1000 })).toBe(1.5);
    expect(targetProgress({ value: -2000, target: -1000 })).toBe(0);
    expect(targetProgress({ value: 0, target: -1000 })).toBe(2);
  });

  it('for lower is better, a value under the target is above 1', () => {
    expect(targetProgress({ value: 0.02, target: 0.02, polarity: 'lower-is-better' })).toBe(1);
    expect(targetProgress({ value: 0.03, target: 0.02, polarity: 'lower-is-better' })).toBeCloseTo(0.5, 12);
    expect(targetProgress({ value: 0.01, target: 0.02, polarity: 'lower-is-better' })).toBeCloseTo(1.5, 12);
    expect(targetProgress({ value: -50, target: -100, polarity: 'lower-is-better' })).toBe(0.5);
  });

  it('returns null when the value or the target is missing or not finite', () => {
    expect(targetProgress({ target: 100 })).toBeNull();
    expect(targetProgress({ value: null, target: 100 })).toBeNull();
    expect(targetProgress({ value: 5 })).toBeNull();
    expect(targetProgress({ value: Number.NaN, target: 100 })).toBeNull();
    expect(targetProgress({ value: 5, target: Number.POSITIVE_INFINITY })).toBeNull();
  });

  it('never returns -0', () => {
    expect(Object.is(targetProgress({ value: -0, target: 100 }), 0)).toBe(true);
  });

  it('with the catalog polarity of a negative movement (churn MRR), less churn than the target is past it', () => {
    const polarity = getMetric('churnMrr').polarity;
    // Target: lose at most 300 a month. Losing 200 beats it, losing 600 is short of it.
    expect(targetProgress({ value: -200, target: -300, polarity })).toBeCloseTo(4 / 3, 12);
    expect(targetProgress({ value: -600, target: -300, polarity })).toBe(0);
    expect(targetProgress({ value: -300, target: -300, polarity: getMetric('contractionMrr').polarity })).toBe(1);
  });
});
