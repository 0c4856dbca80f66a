import { describe, expect, it } from 'vitest';
import { netRevenueRetention } from './index.js';

describe('netRevenueRetention', () => {
  it('counts expansion, contraction and churn of the starting customers', () => {
    expect(netRevenueRetention({ startingMrr: 1000, expansion: 150, contraction: -20, churn: -30 })).toBe(1.1);
  });
  it('is exact on decimal inputs', () => {
    expect(netRevenueRetention({ startingMrr: '0.3', expansion: '0.3', contraction: 0, churn: 0 })).toBe(2);
  });
  it('returns null when starting MRR is zero (zero denominator)', () => {
    expect(netRevenueRetention({ startingMrr: 0, expansion: 10, contraction: 0, churn: 0 })).toBeNull();
  });
});
