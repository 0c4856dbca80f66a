import { describe, expect, it } from 'vitest';
import { burnMultiple } from './index.js';

describe('burnMultiple', () => {
  it('divides net burn by net new ARR', () => {
    expect(burnMultiple({ netBurn: '300000', netNewArr: '200000' })).toBe(1.5);
  });
  it('returns null when ARR did not grow (zero denominator)', () => {
    expect(burnMultiple({ netBurn: '300000', netNewArr: 0 })).toBeNull();
  });
  it('returns null when ARR shrank', () => {
    expect(burnMultiple({ netBurn: '300000', netNewArr: '-1000' })).toBeNull();
  });
  it('is negative when revenue exceeded costs (no burn)', () => {
    expect(burnMultiple({ netBurn: '-5000', netNewArr: '10000' })).toBe(-0.5);
  });
});
