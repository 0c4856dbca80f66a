import { describe, expect, it } from 'vitest';
import { grossMrrChurnRate } from './index.js';

describe('grossMrrChurnRate', () => {
  it('is the share of starting MRR lost to contraction and churn, as a positive rate', () => {
    expect(grossMrrChurnRate({ startingMrr: 1000, contraction: -20, churn: -30 })).toBe(0.05);
  });
  it('is 0 without losses', () => {
    expect(grossMrrChurnRate({ startingMrr: '77.02', contraction: 0, churn: 0 })).toBe(0);
  });
  it('returns null when starting MRR is zero (zero denominator)', () => {
    expect(grossMrrChurnRate({ startingMrr: 0, contraction: 0, churn: 0 })).toBeNull();
  });
});
