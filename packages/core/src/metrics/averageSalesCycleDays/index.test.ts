import { describe, expect, it } from 'vitest';
import { averageSalesCycleDays, exactSalesCycleDaysOfRows } from './index.js';

describe('averageSalesCycleDays', () => {
  it('is the mean fractional days from creation to close', () => {
    expect(
      averageSalesCycleDays([
        { createdAt: Date.UTC(2024, 0, 1), closedAt: Date.UTC(2024, 0, 11, 12) },
        { createdAt: Date.UTC(2024, 0, 1), closedAt: Date.UTC(2024, 0, 1) },
      ]),
    ).toBe(5.25);
  });
  it('returns null without closed deals (zero denominator)', () => {
    expect(averageSalesCycleDays([])).toBeNull();
  });
  it('reads rows of deal columns in place, the same mean as the cycle objects', () => {
    const columns = {
      createdAt: new Float64Array([Date.UTC(2024, 0, 1), 0, Date.UTC(2024, 0, 1)]),
      closedAt: new Float64Array([Date.UTC(2024, 0, 11, 12), 0, Date.UTC(2024, 0, 1)]),
    };
    expect(exactSalesCycleDaysOfRows(columns, [0, 2])?.toNumber()).toBe(5.25);
    expect(exactSalesCycleDaysOfRows(columns, [])).toBeNull();
  });
});
