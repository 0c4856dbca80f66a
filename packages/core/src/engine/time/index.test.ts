import { describe, expect, it } from 'vitest';
import { parseInstant } from './index.js';

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
