import { describe, expect, it } from 'vitest';
import { repYieldMultiple } from './index.js';

describe('repYieldMultiple', () => {
  it('is signed ÷ cost', () => {
    expect(repYieldMultiple({ signedRevenue: '250000', repCosts: '100000' })).toBe(2.5);
  });

  it('is exact: 100.005 signed for a cost of 33.335 is exactly 3', () => {
    expect(repYieldMultiple({ signedRevenue: '100.005', repCosts: '33.335' })).toBe(3);
  });

  it('is null when the rep cost nothing (zero denominator)', () => {
    expect(repYieldMultiple({ signedRevenue: 1000, repCosts: 0 })).toBeNull();
  });
});
