import { describe, expect, it } from 'vitest';
import { compoundMonthlyGrowthRate } from './index.js';

describe('compoundMonthlyGrowthRate', () => {
  it('is the constant monthly rate from start to end', () => {
    expect(compoundMonthlyGrowthRate({ startingValue: 100, endingValue: 121, months: 2 })).toBe(0.1);
    expect(compoundMonthlyGrowthRate({ startingValue: 100, endingValue: 81, months: 2 })).toBe(-0.1);
    expect(compoundMonthlyGrowthRate({ startingValue: 100, endingValue: 115, months: 1 })).toBe(0.15);
  });
  it('returns null when the starting value is 0 (zero denominator)', () => {
    expect(compoundMonthlyGrowthRate({ startingValue: 0, endingValue: 121, months: 2 })).toBeNull();
  });
  it('returns null for an empty period of 0 months', () => {
    expect(compoundMonthlyGrowthRate({ startingValue: 100, endingValue: 121, months: 0 })).toBeNull();
  });
  it('is −100 % when everything is lost', () => {
    expect(compoundMonthlyGrowthRate({ startingValue: 100, endingValue: 0, months: 3 })).toBe(-1);
  });
});
