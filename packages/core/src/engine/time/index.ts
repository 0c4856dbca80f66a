import { describeValue } from '../errors/index.js';
import { firstDayOfMonth, FIRST_SUPPORTED_MONTH, LAST_SUPPORTED_MONTH, monthBoundary } from '../month/index.js';

/** The first instant revkit accepts, 0001-01-01T00:00Z, and the first it refuses, 9999-01-01T00:00Z. */
const FIRST_INSTANT = monthBoundary(FIRST_SUPPORTED_MONTH - 1);
const END_INSTANT = monthBoundary(LAST_SUPPORTED_MONTH);

const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days in a month (month 1–12) of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) {
    const days = DAYS_IN_MONTH[month - 1];
    if (days === undefined) throw new RangeError(`daysInMonth: month must be 1 to 12, got ${month}`);
    return days;
  }
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

/**
 * A plain `YYYY-MM-DD` date in the supported years as a small integer, read
 * digit by digit (the shape nearly every dataset date has): its month index
 * × 32 + its day − 1, so keys order like the dates, and a key is never a
 * boxed number. −1 for anything else, which {@link parseInstant} then reads
 * and words. See {@link dateKeyInstant} and {@link dateKeyMonth}.
 *
 * @example
 * plainDateKey('2024-01-15') //=> 777230 (24288 × 32 + 14)
 * plainDateKey('2024-02-30') //=> -1 (parseInstant says why)
 * plainDateKey('2024-01-15T10:00Z') //=> -1 (parseInstant reads it)
 * @throws never
 */
export function plainDateKey(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const y1 = value.charCodeAt(0) - 48;
  const y2 = value.charCodeAt(1) - 48;
  const y3 = value.charCodeAt(2) - 48;
  const y4 = value.charCodeAt(3) - 48;
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  // A code unit outside '0'..'9' gives a digit outside 0..9 (negative, or above 9).
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0 || y1 > 9 || y2 > 9 || y3 > 9 || y4 > 9 || m1 > 9 || m2 > 9 || d1 > 9 || d2 > 9) return -1;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  // Years 0001 to 9998: 0000 and 9999 fall outside the supported instants.
  if (year < 1 || year > 9998 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return (year * 12 + month - 1) * 32 + day - 1;
}

/**
 * The instant (epoch ms, 00:00 UTC) of a {@link plainDateKey}: what
 * `parseInstant` gives for the date.
 *
 * @example
 * dateKeyInstant(plainDateKey('2024-01-15')) //=> 1705276800000
 * @throws never
 */
export function dateKeyInstant(key: number): number {
  return dateKeyDay(key) * MS_PER_DAY;
}

/**
 * The day of a {@link plainDateKey}, in days since 1970-01-01: a small
 * integer, so a hot loop stores `day × MS_PER_DAY` without a boxed number.
 *
 * @example
 * dateKeyDay(plainDateKey('1970-02-03')) //=> 33
 * @throws never
 */
export function dateKeyDay(key: number): number {
  return firstDayOfMonth(key >> 5) + (key & 31);
}

/**
 * The month index of a {@link plainDateKey}.
 *
 * @example
 * dateKeyMonth(plainDateKey('2024-01-15')) //=> 24288
 * @throws never
 */
export function dateKeyMonth(key: number): number {
  return key >> 5;
}

/** Milliseconds in a day. */
export { MS_PER_DAY };
