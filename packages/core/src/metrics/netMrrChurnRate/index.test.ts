import { describe, expect, it } from 'vitest';
import { netMrrChurnRate } from './index.js';

describe('netMrrChurnRate', () => {
  it('nets expansion against losses', () => {
    expect(netMrrChurnRate({ startingMrr: 1000, expansion: 20, contraction: -20, churn: -30 })).toBe(0.03);
  });
  it('is negative when expansion outweighs losses (negative churn)', () => {
    expect(netMrrChurnRate({ startingMrr: 1000, expansion: 80, contraction: -20, churn: -30 })).toBe(-0.03);
  });
  it('returns null when starting MRR is zero (zero denominator)', () => {
    expect(netMrrChurnRate({ startingMrr: 0, expansion: 0, contraction: 0, churn: 0 })).toBeNull();
  });
});
