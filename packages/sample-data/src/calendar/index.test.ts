import { describe, expect, it } from 'vitest';
import { dateStrings, dayOfDate, firstDayOfMonth, formatDay } from './index.js';

describe('calendar', () => {
  it('agrees with Date.UTC on every day from 1970 to 2101', () => {
    const mismatches: number[] = [];
    for (let day = 0; day < 48_000; day += 1) {
      const date = new Date(day * 86_400_000);
      const same = formatDay(day) === date.toISOString().slice(0, 10);
      if (!same || dayOfDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) !== day) mismatches.push(day);
    }
    expect(mismatches).toEqual([]);
    expect(dayOfDate(2024, 3, 1)).toBe(Date.UTC(2024, 2, 1) / 86_400_000);
  });

  it('formats ISO dates and month starts', () => {
    expect(formatDay(dayOfDate(2024, 2, 29))).toBe('2024-02-29');
    expect(formatDay(firstDayOfMonth(2023 * 12 + 10))).toBe('2023-11-01');
  });

  it('shares one string per day and refuses days outside the table', () => {
    const first = dayOfDate(2024, 1, 1);
    const date = dateStrings(first, first + 31);
    expect(date(first + 30)).toBe('2024-01-31');
    expect(() => date(first + 31)).toThrow(RangeError);
  });
});
