import { describe, expect, it } from 'vitest';
import { averageSalesCycleDays } from './index.js';

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
});
