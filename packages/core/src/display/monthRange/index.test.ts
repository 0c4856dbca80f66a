import { describe, expect, it } from 'vitest';
import { eachMonthOfRange, previousRange } from './index.js';

describe('eachMonthOfRange', () => {
  it('lists every month across a year end, oldest first', () => {
    expect(eachMonthOfRange({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('a one-month range is that month', () => {
    expect(eachMonthOfRange({ from: '2026-05', to: '2026-05' })).toEqual(['2026-05']);
  });

  it('names the bad end and the reversed range', () => {
    expect(() => eachMonthOfRange({ from: '2026-13', to: '2026-12' })).toThrow('eachMonthOfRange: from must be a month as YYYY-MM, got "2026-13"');
    expect(() => eachMonthOfRange({ from: '2026-03', to: '2026-01' })).toThrow('eachMonthOfRange: from 2026-03 is after to 2026-01');
  });
});

describe('previousRange', () => {
  it('is the range of the same length just before', () => {
    expect(previousRange({ from: '2026-01', to: '2026-03' })).toEqual({ from: '2025-10', to: '2025-12' });
    expect(previousRange({ from: '2025-01', to: '2025-12' })).toEqual({ from: '2024-01', to: '2024-12' });
  });

  it('is null when it would start before 0001-01', () => {
    expect(previousRange({ from: '0001-01', to: '0001-06' })).toBeNull();
    expect(previousRange({ from: '0001-07', to: '0001-12' })).toEqual({ from: '0001-01', to: '0001-06' });
  });

  it('names the bad end', () => {
    expect(() => previousRange({ from: '2026-01', to: 'soon' })).toThrow('previousRange: to must be a month as YYYY-MM, got "soon"');
  });
});
