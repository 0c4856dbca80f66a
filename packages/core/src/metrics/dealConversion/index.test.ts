import { describe, expect, it } from 'vitest';
import { dealConversion } from './index.js';

describe('dealConversion', () => {
  it('divides won deals by leads received', () => {
    expect(dealConversion({ wonDeals: 4, leads: 40 })).toBe(0.1);
  });
  it('returns null when the rep received no leads (zero denominator)', () => {
    expect(dealConversion({ wonDeals: 1, leads: 0 })).toBeNull();
  });
  it('is 0 in an empty period with leads and no deal', () => {
    expect(dealConversion({ wonDeals: 0, leads: 5 })).toBe(0);
  });
});
