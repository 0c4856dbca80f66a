import { describe, expect, it } from 'vitest';
import { grossRevenueRetentionOverRange } from './index.js';

describe('grossRevenueRetentionOverRange', () => {
  it('caps each customer at their starting MRR: expansion is left out', () => {
    expect(grossRevenueRetentionOverRange([{ starting: 100, ending: 130 }, { starting: 100, ending: 60 }])).toBe(0.8);
  });

  it('counts churn and ignores customers new in the range', () => {
    expect(grossRevenueRetentionOverRange([{ starting: 100, ending: 0 }, { starting: 100, ending: 100 }, { starting: 0, ending: 70 }])).toBe(0.5);
  });

  it('is null when nobody paid at the start (zero denominator)', () => {
    expect(grossRevenueRetentionOverRange([{ starting: 0, ending: 10 }])).toBeNull();
  });
});
