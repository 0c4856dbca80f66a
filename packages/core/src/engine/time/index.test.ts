import { describe, expect, it } from 'vitest';
import { monthOfInstant } from '../month/index.js';
import { dateKeyInstant, dateKeyMonth, parseInstant, plainDateKey } from './index.js';

describe('parseInstant', () => {
  it('reads a date alone as 00:00 UTC', () => {
    expect(parseInstant('2024-01-15')).toBe(Date.UTC(2024, 0, 15));
  });
  it('reads a date-time without offset as UTC and honours offsets', () => {
    expect(parseInstant('2023-04-24T20:42:13')).toBe(Date.UTC(2023, 3, 24, 20, 42, 13));
    expect(parseInstant('2022-12-31T20:30:00-03:30')).toBe(Date.UTC(2023, 0, 1));
    expect(parseInstant('2023-12-19T04:27:53+09:00')).toBe(Date.UTC(2023, 11, 18, 19, 27, 53));
    expect(parseInstant('2023-06-14T01:02:53.804-03:30')).toBe(Date.UTC(2023, 5, 14, 4, 32, 53, 804));
  });
  it('rejects impossible calendar dates instead of rolling them over', () => {
    expect(parseInstant('2024-02-30')).toBe('is not a calendar date: 2024-02-30');
    expect(parseInstant('2023-02-29')).toMatch(/not a calendar date/);
    expect(parseInstant('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });
  it('rejects malformed values and times', () => {
    expect(parseInstant('15/01/2024')).toMatch(/ISO date/);
    expect(parseInstant('2024-01-01T25:00:00Z')).toMatch(/time of day/);
    expect(parseInstant(20240101)).toMatch(/ISO date string/);
  });
  it('accepts only years 0001 to 9998 after the offset, and refuses the rest in words', () => {
    expect(parseInstant('0001-01-01')).toBe(Date.parse('0001-01-01T00:00:00Z'));
    expect(parseInstant('9998-12-31T23:59:59.999Z')).toBe(Date.parse('9998-12-31T23:59:59.999Z'));
    for (const edge of ['0000-01-01T00:00:00+01:00', '0000-12-31', '0001-01-01T00:30+01:00', '9999-12-31T23:00-05:00', '9998-12-31T23:00-05:00', '9999-01-01']) {
      expect(parseInstant(edge)).toBe(`is outside the supported dates (years 0001 to 9998 in UTC): ${edge}`);
    }
  });
  it('keeps years below 100 literal', () => {
    expect(new Date(parseInstant('0050-06-01') as number).getUTCFullYear()).toBe(50);
  });
});

describe('plainDateKey', () => {
  it('reads every plain date parseInstant reads to the same instant and month, in date order, and nothing else', () => {
    const texts = ['2024-01-15', '0001-01-01', '9998-12-31', '2024-02-29', '2023-02-29', '2024-02-30', '0000-12-31', '9999-01-01', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-15', '2024/01/15', '2024-01-15T00:00Z', '２０２４-01-15', '2024-0a-15', ' 2024-01-1'];
    // Every day of a few whole years, leap and not, and of the edge years.
    for (const year of [1, 4, 100, 400, 1900, 2000, 2023, 2024, 9998]) {
      for (let day = 0; day < 366; day++) texts.push(String(year).padStart(4, '0') + new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(4, 10));
    }
    let previous = { key: -1, instant: -Infinity };
    for (const text of texts) {
      const parsed = parseInstant(text);
      const key = plainDateKey(text);
      if (key === -1) {
        expect(typeof parsed === 'string' || text.length !== 10).toBe(true);
        continue;
      }
      expect(dateKeyInstant(key)).toBe(parsed);
      expect(dateKeyMonth(key)).toBe(monthOfInstant(parsed as number));
      if (previous.instant < (parsed as number)) expect(previous.key).toBeLessThan(key);
      previous = { key, instant: parsed as number };
    }
    expect(plainDateKey('2024-01-15')).toBe(24288 * 32 + 14);
  });
});
