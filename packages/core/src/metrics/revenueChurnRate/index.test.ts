import { describe, expect, it } from 'vitest';
import { revenueChurnRate } from './index.js';

describe('revenueChurnRate', () => {
  it('is lost MRR over starting MRR, as a positive fraction', () => {
    expect(revenueChurnRate({ startingMrr: 10000, churn: -300 })).toBe(0.03);
  });
  it('returns null without starting MRR (zero denominator)', () => {
    expect(revenueChurnRate({ startingMrr: 0, churn: 0 })).toBeNull();
  });
  it('is 1 when the single customer leaves', () => {
    expect(revenueChurnRate({ startingMrr: '49.9', churn: '-49.9' })).toBe(1);
  });
  it('is 0 in a month without churn (empty period)', () => {
    expect(revenueChurnRate({ startingMrr: 100, churn: 0 })).toBe(0);
  });
});
