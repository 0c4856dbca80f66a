import { describe, expect, it } from 'vitest';
import { grossRevenueRetention } from './index.js';

describe('grossRevenueRetention', () => {
  it('leaves expansion out', () => {
    expect(grossRevenueRetention({ startingMrr: 1000, contraction: -20, churn: -30 })).toBe(0.95);
  });
  it('is 0 when every starting customer churned', () => {
    expect(grossRevenueRetention({ startingMrr: 500, contraction: 0, churn: -500 })).toBe(0);
  });
  it('returns null when starting MRR is zero (zero denominator)', () => {
    expect(grossRevenueRetention({ startingMrr: 0, contraction: 0, churn: 0 })).toBeNull();
  });
});
