import { describe, expect, it } from 'vitest';
import { mrrGrowthRate } from './index.js';

describe('mrrGrowthRate', () => {
  it('is the month-over-month change over the starting MRR', () => {
    expect(mrrGrowthRate({ startingMrr: 1000, endingMrr: 1150 })).toBe(0.15);
    expect(mrrGrowthRate({ startingMrr: 1000, endingMrr: 900 })).toBe(-0.1);
  });
  it('returns null when starting MRR is zero (zero denominator)', () => {
    expect(mrrGrowthRate({ startingMrr: 0, endingMrr: 50 })).toBeNull();
  });
});
