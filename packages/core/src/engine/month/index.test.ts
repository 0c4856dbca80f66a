import { describe, expect, it } from 'vitest';
import { addCalendarMonths, formatMonth, requiredMonth, monthBoundary, monthOfInstant, MAX_REPORT_MONTHS, monthProblem, parseMonth, parseMonthRange } from './index.js';

describe('months', () => {
  it('requiredMonth: a month index, or one RangeError in monthProblem\'s words after the caller\'s name', () => {
    expect(requiredMonth('2024-03', 'mrrBridge: from')).toBe(parseMonth('2024-03'));
    expect(() => requiredMonth('June', 'mrrBridge: to')).toThrow(new RangeError('mrrBridge: to must be a month as YYYY-MM, got "June"'));
    expect(() => requiredMonth('9999-12', 'eachMonthOfRange: to')).toThrow('eachMonthOfRange: to must be a month from 0001-01 to 9998-12, got "9999-12"');
  });

  it('formatMonth refuses an index outside years 0–9999 with a RangeError naming itself', () => {
    expect(() => formatMonth(-1)).toThrow(new RangeError('formatMonth: month index out of range: -1'));
    expect(() => formatMonth(120000)).toThrow(/^formatMonth: /);
  });

  it('parses and formats YYYY-MM', () => {
    expect(parseMonth('2024-03')).toBe(2024 * 12 + 2);
    expect(formatMonth(parseMonth('0999-12')!)).toBe('0999-12');
    expect(parseMonth('2024-13')).toBeNull();
    expect(parseMonth('2024-3')).toBeNull();
    expect(parseMonth(202403)).toBeNull();
  });
  it('finds the month of an instant like Date does, across eras and leap days', () => {
    for (let ms = Date.UTC(1899, 11, 31, 23); ms < Date.UTC(2101, 0, 2); ms += 86_400_000 * 13 + 3_600_000 * 7) {
      const date = new Date(ms);
      expect(monthOfInstant(ms)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
    }
    expect(monthOfInstant(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe(2024 * 12 + 1);
    expect(monthOfInstant(Date.UTC(2024, 2, 1))).toBe(2024 * 12 + 2);
    expect(monthOfInstant(Date.UTC(1969, 11, 31, 23, 59))).toBe(1969 * 12 + 11);
  });
  it('gives B(M), the first instant of the next month', () => {
    expect(monthBoundary(parseMonth('2023-12')!)).toBe(Date.UTC(2024, 0, 1));
  });
  it('keeps years 0–99 literal in B(M) (Date.UTC would map them to 19xx)', () => {
    expect(monthBoundary(parseMonth('0050-01')!)).toBe(Date.parse('0050-02-01T00:00:00Z'));
    expect(monthBoundary(parseMonth('0050-12')!)).toBe(Date.parse('0051-01-01T00:00:00Z'));
    expect(monthBoundary(1)).toBe(Date.parse('0000-03-01T00:00:00Z'));
  });
  it('agrees with Date on every month boundary from 0001 to 9998', () => {
    for (let index = 12; index < 9998 * 12; index++) {
      const next = index + 1;
      const expected = new Date(Date.UTC(2000, next % 12, 1));
      expected.setUTCFullYear(Math.floor(next / 12));
      if (monthBoundary(index) !== expected.getTime()) expect(monthBoundary(index)).toBe(expected.getTime());
    }
    expect(monthBoundary(-1)).toBe(Date.parse('0000-01-01T00:00:00Z'));
  });
  it('accepts only the supported months, 0001-01 to 9998-12, and says so', () => {
    expect(formatMonth(parseMonth('0001-01')!)).toBe('0001-01');
    expect(formatMonth(parseMonth('9998-12')!)).toBe('9998-12');
    expect(parseMonth('0000-12')).toBeNull();
    expect(parseMonth('9999-01')).toBeNull();
    expect(monthProblem('9999-12')).toBe('must be a month from 0001-01 to 9998-12, got "9999-12"');
    expect(monthProblem('2024-13')).toBe('must be a month as YYYY-MM, got "2024-13"');
    expect(() => parseMonthRange({ from: '0000-01', to: '9999-12' })).toThrow(/from: must be a month from 0001-01 to 9998-12[^]*to: must be a month from 0001-01/);
  });
  it('bounds a range at 100 years (1200 months), naming the span', () => {
    expect(parseMonthRange({ from: '1925-01', to: '2024-12' })).toEqual({ from: parseMonth('1925-01'), to: parseMonth('2024-12') });
    expect(MAX_REPORT_MONTHS).toBe(1200);
    expect(() => parseMonthRange({ from: '1924-12', to: '2024-12' }, { from: '--from', to: '--to' })).toThrow(
      'to: must be at most 100 years after --from: 1924-12 to 2024-12 spans 1201 months, and a report spans at most 100 years (1200 months)',
    );
    expect(() => parseMonthRange({ from: '0001-01', to: '9998-12' }, undefined, { from: true, to: true })).toThrow(
      "to: has no default: the data's 0001-01 to 9998-12 spans 119976 months, and a report spans at most 100 years (1200 months); give from and to as YYYY-MM",
    );
    expect(() => parseMonthRange({ from: '0001-01', to: '2024-12' }, undefined, { from: true, to: false })).toThrow(/^from: has no default: .*; give from as YYYY-MM$/m);
  });
  it('rejects a reversed range with the given path', () => {
    expect(() => parseMonthRange({ from: '2024-02', to: '2024-01' }, { from: '--from', to: '--to' })).toThrow(/--from: must not be after --to/);
  });
  it('adds calendar months like Date does, keeping the time of day and clamping the day', () => {
    const byDate = (ms: number, months: number): number => {
      const date = new Date(ms);
      const target = new Date(ms);
      target.setUTCDate(1);
      target.setUTCMonth(target.getUTCMonth() + months);
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
      return target.getTime();
    };
    for (let ms = Date.UTC(1899, 11, 31, 23); ms < Date.UTC(2101, 0, 2); ms += 86_400_000 * 29 + 3_600_000 * 7 + 1234) {
      for (const months of [1, 3, 13]) expect(addCalendarMonths(ms, months)).toBe(byDate(ms, months));
    }
    expect(addCalendarMonths(Date.UTC(2023, 11, 31), 2)).toBe(Date.UTC(2024, 1, 29));
    expect(addCalendarMonths(Date.UTC(2023, 10, 30, 12, 30), 3)).toBe(Date.UTC(2024, 1, 29, 12, 30));
  });
});
