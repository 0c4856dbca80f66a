import { describeValue } from '../errors/index.js';
import { FIRST_SUPPORTED_MONTH, LAST_SUPPORTED_MONTH, monthBoundary } from '../month/index.js';

/** The first instant revkit accepts, 0001-01-01T00:00Z, and the first it refuses, 9999-01-01T00:00Z. */
const FIRST_INSTANT = monthBoundary(FIRST_SUPPORTED_MONTH - 1);
const END_INSTANT = monthBoundary(LAST_SUPPORTED_MONTH);

const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days in a month (month 1–12) of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * Parses an ISO 8601 date or date-time into epoch milliseconds. A date alone
 * is 00:00 UTC, a date-time without offset is UTC, an offset is honoured.
 * Impossible calendar dates (`2024-02-30`) are rejected, never rolled over.
 * Fractions below a millisecond are truncated, which keeps comparisons with
 * month boundaries exact. Only years 0001 to 9998 (in UTC, after the offset)
 * are accepted, so every month a report steps to can be named.
 *
 * @returns the instant, or a plain message saying why the value is not one
 * @example
 * parseInstant('2024-01-15') //=> 1705276800000
 * parseInstant('2023-03-01T05:30:00+05:30') //=> Date.UTC(2023, 2, 1)
 * parseInstant('2024-02-30') //=> 'is not a calendar date: 2024-02-30'
 * parseInstant('0000-12-31') //=> 'is outside the supported dates (years 0001 to 9998 in UTC): 0000-12-31'
 * @throws never
 */
export function parseInstant(value: unknown): number | string {
  if (typeof value !== 'string') return `must be an ISO date string, got ${describeValue(value)}`;
  const match = INSTANT_PATTERN.exec(value);
  if (!match) return `must be an ISO date or date-time (YYYY-MM-DD[THH:MM[:SS][Z|±HH:MM]]), got ${describeValue(value)}`;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `is not a calendar date: ${value}`;
  }
  const hour = match[4] === undefined ? 0 : Number(match[4]);
  const minute = match[5] === undefined ? 0 : Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (hour > 23 || minute > 59 || second > 59) return `is not a valid time of day: ${value}`;
  const millis = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, '0'));
  let offsetMinutes = 0;
  const zone = match[8];
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (offsetHours > 23 || offsetMins > 59) return `has an invalid UTC offset: ${value}`;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps them literal.
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis));
  date.setUTCFullYear(year);
  const instant = date.getTime() - offsetMinutes * 60_000;
  if (!(instant >= FIRST_INSTANT && instant < END_INSTANT)) return `is outside the supported dates (years 0001 to 9998 in UTC): ${value}`;
  return instant;
}

/** Milliseconds in a day. */
export { MS_PER_DAY };
