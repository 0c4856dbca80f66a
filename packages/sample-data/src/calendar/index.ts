/**
 * Days are counted from 1970-01-01 (day 0) and months as year × 12 + month − 1,
 * the month index of `@revkit/core`'s `parseMonth`. The calendar maths is
 * core's (integer civil-date arithmetic, no `Date`, which maps years 0–99 to
 * the 1900s and is slow in hot loops); this module only adds days to it.
 */
import { firstDayOfMonth, formatMonth, monthOfInstant } from '@revkit/core';

export { firstDayOfMonth };

const MS_PER_DAY = 86_400_000;

/**
 * The day number of a civil date (month 1–12).
 *
 * @example
 * dayOfDate(1970, 1, 1) //=> 0
 * dayOfDate(2024, 3, 1) //=> 19783
 * @throws never
 */
export function dayOfDate(year: number, month: number, day: number): number {
  return firstDayOfMonth(year * 12 + month - 1) + day - 1;
}

/**
 * Formats a day number as an ISO date, `YYYY-MM-DD`.
 *
 * @example
 * formatDay(19783) //=> '2024-03-01'
 * @throws {RangeError} from core's `formatMonth` for a day outside years 0–9999
 */
export function formatDay(dayNumber: number): string {
  const month = monthOfInstant(dayNumber * MS_PER_DAY);
  const day = dayNumber - firstDayOfMonth(month) + 1;
  return `${formatMonth(month)}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Every day of [firstDay, endDay) formatted once, so millions of records can
 * share a few thousand date strings instead of each owning a copy.
 *
 * @example
 * const dates = dateStrings(19783, 19785)
 * dates(19784) //=> '2024-03-02'
 * @throws {RangeError} from the returned function for a day outside the range
 */
export function dateStrings(firstDay: number, endDay: number): (dayNumber: number) => string {
  const table = new Array<string>(endDay - firstDay);
  for (let day = firstDay; day < endDay; day++) table[day - firstDay] = formatDay(day);
  return (dayNumber) => {
    const text = table[dayNumber - firstDay];
    if (text === undefined) throw new RangeError(`day ${dayNumber} is outside the generated range`);
    return text;
  };
}
