import { describe, expect, it } from 'vitest';
import { netRevenueRetentionOverRange } from './index.js';

describe('netRevenueRetentionOverRange', () => {
  it('counts expansion, contraction and churn of the customers paying at the start', () => {
    expect(netRevenueRetentionOverRange([{ starting: 100, ending: 130 }, { starting: 100, ending: 80 }, { starting: 100, ending: 0 }])).toBe(0.7);
  });

  it('leaves out customers new in the range', () => {
    expect(netRevenueRetentionOverRange([{ starting: 100, ending: 110 }, { starting: 0, ending: 1000 }])).toBe(1.1);
  });

  it('is exact: thirds add up to 1', () => {
    expect(netRevenueRetentionOverRange([{ starting: '33.3333333333', ending: '33.3333333333' }, { starting: '66.6666666667', ending: '66.6666666667' }])).toBe(1);
  });

  it('is null when nobody paid at the start (zero denominator)', () => {
    expect(netRevenueRetentionOverRange([{ starting: 0, ending: 50 }])).toBeNull();
    expect(netRevenueRetentionOverRange([])).toBeNull();
  });
});
