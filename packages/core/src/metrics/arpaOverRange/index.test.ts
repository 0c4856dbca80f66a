import { describe, expect, it } from 'vitest';
import { arpaOverRange } from './index.js';

describe('arpaOverRange', () => {
  it('divides the revenue of the range by the average accounts', () => {
    expect(arpaOverRange([{ revenue: 1000, accounts: 10 }, { revenue: 1200, accounts: 12 }, { revenue: 1100, accounts: 11 }])).toBe(300);
  });

  it('over one month is the monthly ARPA', () => {
    expect(arpaOverRange([{ revenue: '1000.50', accounts: 3 }])).toBe(333.5);
  });

  it('rounds once: revenue 100 over 3 months of 1, 1 and 1 account is 300, not 3 × 33.33', () => {
    expect(arpaOverRange([{ revenue: '33.3333333333333333333', accounts: 1 }, { revenue: '33.3333333333333333333', accounts: 1 }, { revenue: '33.3333333333333333334', accounts: 1 }])).toBe(100);
  });

  it('is null without accounts or months (zero denominator)', () => {
    expect(arpaOverRange([{ revenue: 0, accounts: 0 }])).toBeNull();
    expect(arpaOverRange([])).toBeNull();
  });
});
