import { describe, expect, it } from 'vitest';
import { clvToCacRatio } from './index.js';

describe('clvToCacRatio', () => {
  it('divides CLV by CAC', () => {
    expect(clvToCacRatio({ clv: 4500, cac: 1500 })).toBe(3);
  });
  it('returns null when acquisition cost nothing (zero denominator)', () => {
    expect(clvToCacRatio({ clv: 4500, cac: 0 })).toBeNull();
  });
  it('returns null when a side is unknown (empty period)', () => {
    expect(clvToCacRatio({ clv: null, cac: 100 })).toBeNull();
    expect(clvToCacRatio({ clv: 100, cac: null })).toBeNull();
  });
  it('is negative with a negative CLV (negative margins)', () => {
    expect(clvToCacRatio({ clv: -200, cac: 100 })).toBe(-2);
  });
});
