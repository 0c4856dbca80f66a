import { wrongArgument } from '../../_lib/arguments/index.js';
import { describeValue, RevkitValidationError } from '../errors/index.js';
import type { MonthString } from '../../types.js';

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The first and last months revkit supports, 0001-01 and 9998-12 (month
 * indexes): every date it accepts falls inside them (after its UTC offset),
 * so a report can always name the month after its last one.
 */
export const FIRST_SUPPORTED_MONTH = 12;
export const LAST_SUPPORTED_MONTH = 9998 * 12 + 11;

/**
 * Why a value is not a month `parseMonth` accepts, in the words every month
 * field and option uses.
 *
 * @example
 * monthProblem('2024-13') //=> 'must be a month as YYYY-MM, got "2024-13"'
 * monthProblem('9999-12') //=> 'must be a month from 0001-01 to 9998-12, got "9999-12"'
 * @throws never
 */
export function monthProblem(value: unknown): string {
  const shape = typeof value === 'string' && MONTH_PATTERN.test(value);
  return `must be a month ${shape ? 'from 0001-01 to 9998-12' : 'as YYYY-MM'}, got ${describeValue(value)}`;
}

/**
 * The month index of a month a caller must give, or a `RangeError` that
 * names it: `what` (the function and the argument, `mrrBridge: from`) then
 * {@link monthProblem}'s words, the same every month field and option uses.
 *
 * @example
 * requiredMonth('2024-03', 'mrrBridge: from') //=> 24290
 * requiredMonth('June', 'mrrBridge: to') // throws RangeError: mrrBridge: to must be a month as YYYY-MM, got "June"
 * @throws {RangeError} when the value is not a supported `YYYY-MM` month
 */
export function requiredMonth(value: unknown, what: string): number {
  const index = parseMonth(value);
  if (index === null) throw new RangeError(`${what} ${monthProblem(value)}`);
  return index;
}

/**
 * Turns `YYYY-MM` into a month index (year × 12 + month − 1), or `null` when
 * it is not a valid month of the supported years (0001 to 9998).
 *
 * @example
 * parseMonth('2024-03') //=> 24290
 * parseMonth('2024-13') //=> null
 * parseMonth('9999-01') //=> null (after the last supported month)
 * @throws never
 */
export function parseMonth(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = MONTH_PATTERN.exec(value);
  if (!match) return null;
  const index = Number(match[1]) * 12 + Number(match[2]) - 1;
  return index < FIRST_SUPPORTED_MONTH || index > LAST_SUPPORTED_MONTH ? null : index;
}

/**
 * Formats a month index as `YYYY-MM`.
 *
 * @example
 * formatMonth(24290) //=> '2024-03'
 * @throws {RangeError} when the index is not a safe integer in years 0–9999
 */
export function formatMonth(index: number): MonthString {
  if (!Number.isSafeInteger(index) || index < 0 || index >= 120000) {
    throw new RangeError(`formatMonth: month index out of range: ${index}`);
  }
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

/**
 * The month index of the month that contains an instant (epoch ms, UTC).
 *
 * @example
 * monthOfInstant(Date.UTC(2024, 2, 31, 23, 59)) //=> 24290 (2024-03)
 * @throws never
 */
export function monthOfInstant(epochMs: number): number {
  // Civil-from-days (H. Hinnant): integer arithmetic, no Date allocation on the hot path.
  const days = Math.floor(epochMs / 86_400_000) + 719_468;
  const era = Math.floor(days / 146_097);
  const dayOfEra = days - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthPart = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthPart < 10 ? monthPart + 2 : monthPart - 10; // 0 = January
  const year = yearOfEra + era * 400 + (month <= 1 ? 1 : 0);
  return year * 12 + month;
}

/**
 * The same day of the month and time of day `months` calendar months later,
 * the day clamped to the target month's last (Jan 31 + 1 month → Feb 29 in a
 * leap year). Integer arithmetic, no Date, so it runs in tight loops.
 *
 * @example
 * addCalendarMonths(Date.UTC(2024, 0, 31, 9), 1) === Date.UTC(2024, 1, 29, 9) //=> true
 * @throws never
 */
export function addCalendarMonths(epochMs: number, months: number): number {
  const day = Math.floor(epochMs / 86_400_000);
  const timeOfDay = epochMs - day * 86_400_000;
  const month = monthOfInstant(epochMs);
  const dayOfMonth = day - monthBoundary(month - 1) / 86_400_000; // 0-based
  const targetStart = monthBoundary(month + months - 1) / 86_400_000;
  const targetLength = monthBoundary(month + months) / 86_400_000 - targetStart;
  return (targetStart + Math.min(dayOfMonth, targetLength - 1)) * 86_400_000 + timeOfDay;
}

/**
 * B(M) of the contract: 00:00 UTC on the first day of the month after M.
 *
 * @example
 * monthBoundary(parseMonth('2024-01')!) === Date.UTC(2024, 1, 1) //=> true
 * monthBoundary(parseMonth('0050-12')!) === Date.parse('0051-01-01T00:00:00Z') //=> true
 * @throws never
 */
export function monthBoundary(monthIndex: number): number {
  return firstDayOfMonth(monthIndex + 1) * 86_400_000;
}

/**
 * The first day of a month, in days since 1970-01-01 (UTC): a small integer,
 * so hot loops get it without a boxed number.
 *
 * @example
 * firstDayOfMonth(parseMonth('1970-02')!) //=> 31
 * @throws never
 */
export function firstDayOfMonth(monthIndex: number): number {
  // Days-from-civil (H. Hinnant): pure arithmetic, so years 0–99 stay literal
  // (Date.UTC maps them to 1900–1999) and nothing is allocated.
  const month = ((monthIndex % 12) + 12) % 12; // 0 = January
  const year = (monthIndex - month) / 12 - (month < 2 ? 1 : 0); // years start in March
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month < 2 ? month + 10 : month - 2) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The widest report range, in months: 100 years. A report's work and output
 * grow with its months, so a range (given, or defaulted to the data's months)
 * wider than this is refused at once rather than computed for minutes.
 */
export const MAX_REPORT_MONTHS = 1200;

/** Which bounds of a range were not given but taken from the data. */
export interface DefaultedBounds {
  from: boolean;
  to: boolean;
}

/**
 * Parses a `{ from, to }` month range and checks from ≤ to and that it spans
 * at most {@link MAX_REPORT_MONTHS} (100 years), reporting problems with the
 * given paths (`--from` for the CLI, `from` for the API). `defaulted` names
 * the bounds taken from the data, so a too-wide data range asks for them.
 *
 * @example
 * parseMonthRange({ from: '2024-01', to: '2024-12' }) //=> { from: 24288, to: 24299 }
 * parseMonthRange({ from: '0001-01', to: '9998-12' }) // throws: to: must be at most 100 years …
 * @throws {RevkitValidationError} when a month is malformed, from is after to, or the range spans more than 100 years
 * @throws {TypeError} when an argument has the wrong structure (`parseMonthRange: <argument> must be …`)
 */
export function parseMonthRange(
  range: { from: unknown; to: unknown },
  paths: { from: string; to: string } = { from: 'from', to: 'to' },
  defaulted: DefaultedBounds = { from: false, to: false },
): { from: number; to: number } {
  if (typeof range !== 'object' || range === null) wrongArgument('parseMonthRange', 'range', 'an object ({ from, to })', range);
  const from = parseMonth(range.from);
  const to = parseMonth(range.to);
  const issues = [];
  if (from === null) issues.push({ path: paths.from, message: monthProblem(range.from) });
  if (to === null) issues.push({ path: paths.to, message: monthProblem(range.to) });
  if (from !== null && to !== null && from > to) {
    issues.push({ path: paths.from, message: `must not be after ${paths.to} (${formatMonth(from)} > ${formatMonth(to)})` });
  }
  if (from !== null && to !== null && to - from + 1 > MAX_REPORT_MONTHS) {
    issues.push(spanIssue(from, to, paths, defaulted));
  }
  // from or to null has pushed its issue.
  if (issues.length > 0 || from === null || to === null) throw new RevkitValidationError(issues);
  return { from, to };
}

function spanIssue(from: number, to: number, paths: { from: string; to: string }, defaulted: DefaultedBounds): { path: string; message: string } {
  const span = `${formatMonth(from)} to ${formatMonth(to)} spans ${to - from + 1} months`;
  const limit = `a report spans at most 100 years (${MAX_REPORT_MONTHS} months)`;
  if (defaulted.from || defaulted.to) {
    const path = defaulted.to ? paths.to : paths.from;
    const which = defaulted.from && defaulted.to ? `${paths.from} and ${paths.to}` : path;
    return { path, message: `has no default: the data's ${span}, and ${limit}; give ${which} as YYYY-MM` };
  }
  return { path: paths.to, message: `must be at most 100 years after ${paths.from}: ${span}, and ${limit}` };
}
