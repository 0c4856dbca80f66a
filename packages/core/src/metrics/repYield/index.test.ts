import { describe, expect, it } from 'vitest';
import { repYield } from './index.js';

describe('repYield', () => {
  it('subtracts the rep costs from what the rep signed', () => {
    expect(repYield({ signedRevenue: '250000', repCosts: '100000' })).toBe(150000);
  });
  it('is negative when the rep signed less than they cost (negative margins)', () => {
    expect(repYield({ signedRevenue: 0, repCosts: '8000.10' })).toBe(-8000.1);
  });
  it('is zero for an empty period', () => {
    expect(repYield({ signedRevenue: 0, repCosts: 0 })).toBe(0);
  });
});
