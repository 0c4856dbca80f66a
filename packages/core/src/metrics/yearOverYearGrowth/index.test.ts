import { describe, expect, it } from 'vitest';
import { yearOverYearGrowth } from './index.js';

describe('yearOverYearGrowth', () => {
  it('compares with the value a year earlier', () => {
    expect(yearOverYearGrowth({ current: 150, yearAgo: 100 })).toBe(0.5);
    expect(yearOverYearGrowth({ current: '80', yearAgo: '100' })).toBe(-0.2);
  });
  it('returns null when there was nothing a year ago (zero denominator)', () => {
    expect(yearOverYearGrowth({ current: 150, yearAgo: 0 })).toBeNull();
  });
  it('returns null when the year-ago value is unknown (empty period)', () => {
    expect(yearOverYearGrowth({ current: 150, yearAgo: null })).toBeNull();
  });
});
