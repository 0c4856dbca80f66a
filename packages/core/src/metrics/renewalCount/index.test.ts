import { describe, expect, it } from 'vitest';
import { periodOfMonths } from '../../engine/options/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { addCalendarMonths, monthBoundary, monthOfInstant, parseMonth } from '../../engine/month/index.js';
import { subscriptionColumns } from '../../engine/subscriptionColumns/index.js';
import { renewalCount, renewalsByMonth } from './index.js';

const { subscriptions } = validateDataset({
  currency: 'EUR',
  subscriptions: [
    { id: 'annual', customerId: 'a', start: '2022-03-15', amount: 1200, interval: 'year' },
    { id: 'annual-ended', customerId: 'b', start: '2023-01-31', end: '2024-01-31', amount: 1200, interval: 'year' },
    { id: 'monthly', customerId: 'c', start: '2023-01-01', amount: 10, interval: 'month' },
    { id: 'quarterly', customerId: 'd', start: '2023-11-30', amount: 10, interval: 'quarter' },
  ],
});

describe('renewalCount', () => {
  const year2024 = periodOfMonths('2024-01', '2024-12');
  it('counts annual terms that ended in the period on an active subscription', () => {
    // annual renews on 2024-03-15; annual-ended stops exactly at its term end, so it did not renew.
    expect(renewalCount(subscriptions, { period: year2024 })).toBe(1);
  });
  it('counts shorter terms with minimumTermMonths', () => {
    // quarterly: 2024-02-29 (clamped), 05-30, 08-30, 11-30 → 4; monthly: 12 in 2024.
    expect(renewalCount(subscriptions, { period: year2024, minimumTermMonths: 3 })).toBe(5);
    expect(renewalCount(subscriptions, { period: year2024, minimumTermMonths: 1 })).toBe(17);
  });
  it('is 0 for an empty period', () => {
    expect(renewalCount(subscriptions, { period: periodOfMonths('2021-01', '2021-12') })).toBe(0);
  });
});

describe('renewalsByMonth', () => {
  it('counts each month as renewalCount does over that month', () => {
    const columns = subscriptionColumns(subscriptions);
    const from = parseMonth('2023-01')!;
    const to = parseMonth('2024-12')!;
    for (const minimumTermMonths of [1, 3, 12]) {
      const perMonth = Array.from({ length: to - from + 1 }, (_, i) =>
        renewalCount(subscriptions, { period: { start: monthBoundary(from + i - 1), end: monthBoundary(from + i) }, minimumTermMonths }),
      );
      expect(renewalsByMonth(columns, { from, to, minimumTermMonths })).toEqual(perMonth);
    }
  });

  it('counts any range, ending earlier, later, or before the data', () => {
    const columns = subscriptionColumns(subscriptions);
    const ranges = [
      ['2024-01', '2024-06'],
      ['2022-07', '2023-03'],
      ['2019-01', '2020-12'],
      ['2024-03', '2026-02'],
      ['2023-05', '2023-05'],
    ] as const;
    for (const [first, last] of ranges) {
      const from = parseMonth(first)!;
      const to = parseMonth(last)!;
      const perMonth = Array.from({ length: to - from + 1 }, (_, i) =>
        renewalCount(subscriptions, { period: { start: monthBoundary(from + i - 1), end: monthBoundary(from + i) } }),
      );
      expect(renewalsByMonth(columns, { from, to })).toEqual(perMonth);
    }
  });
});

describe('renewals of subscriptions that started long before the range', () => {
  // Term ends walked one by one from the start, the plain definition.
  function walked(start: string, interval: 'day' | 'quarter' | 'year', intervalCount: number, from: string, to: string): number[] {
    const first = parseMonth(from)!;
    const last = parseMonth(to)!;
    const counts = new Array<number>(last - first + 1).fill(0);
    const startMs = Date.parse(start);
    for (let k = 1; ; k++) {
      const boundary =
        interval === 'day' ? startMs + k * intervalCount * 86_400_000 : addCalendarMonths(startMs, k * intervalCount * (interval === 'year' ? 12 : 3));
      if (boundary >= monthBoundary(last)) return counts;
      const month = monthOfInstant(boundary) - first;
      if (month >= 0) counts[month]! += 1;
    }
  }

  it.each([
    ['1950-01-31', 'year', 1],
    ['1950-01-31', 'quarter', 1],
    ['1901-03-07T13:00:00Z', 'day', 365],
    ['0001-12-31', 'year', 3],
  ] as const)('%s, every %s × %i: the same months as walking every term from the start', (start, interval, intervalCount) => {
    const subscriptions = validateDataset({ currency: 'EUR', subscriptions: [{ id: 's', customerId: 'c', start, amount: '10', interval, intervalCount }] }).subscriptions;
    const expected = walked(start, interval, intervalCount, '2023-11', '2025-02');
    expect(expected.some((count) => count > 0)).toBe(true);
    expect(renewalsByMonth(subscriptionColumns(subscriptions), { from: parseMonth('2023-11')!, to: parseMonth('2025-02')!, minimumTermMonths: 3 })).toEqual(expected);
  });
});

describe("a term ending in the subscription's last month", () => {
  // [start, end, interval, renewals in the last month]: a renewal only when the term ends before the subscription.
  const cases = [
    ['2022-03-15', '2024-03-15', 'year', 0],
    ['2022-03-15', '2024-03-16', 'year', 1],
    ['2022-03-15', '2024-03-14', 'year', 0],
    ['2022-05-10T10:00:00Z', '2024-05-10T09:00:00Z', 'year', 0],
    ['2022-05-10T10:00:00Z', '2024-05-10T11:00:00Z', 'year', 1],
    ['2022-07-28', '2024-07-28T00:00:01Z', 'year', 1],
    // Days past the 28th are clamped in a shorter month: 2021-02-28, then 2024-02-29.
    ['2020-02-29', '2021-02-28', 'year', 0],
    ['2020-02-29', '2021-02-28T12:00:00Z', 'year', 1],
    ['2023-11-30', '2024-02-29', 'quarter', 0],
    ['2023-11-30', '2024-02-29T01:00:00Z', 'quarter', 1],
    ['2023-08-31', '2024-02-29T23:59:59Z', 'quarter', 1],
  ] as const;

  it.each(cases)('%s to %s, every %s: %i', (start, end, interval, expected) => {
    const { subscriptions: rows } = validateDataset({ currency: 'EUR', subscriptions: [{ id: 's', customerId: 'c', start, end, amount: '10', interval }] });
    const last = monthOfInstant(Date.parse(end.length === 10 ? `${end}T00:00:00Z` : end));
    const period = { start: monthBoundary(last - 1), end: monthBoundary(last) };
    const counts = renewalsByMonth(subscriptionColumns(rows), { from: last, to: last, minimumTermMonths: 3 });
    expect(counts).toEqual([expected]);
    expect(renewalCount(rows, { period, minimumTermMonths: 3 })).toBe(expected);
  });
});
