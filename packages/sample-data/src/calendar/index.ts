/**
 * Days are counted from 1970-01-01 (day 0) and months as year × 12 + month − 1,
 * the month index of `@revkit/core`'s `parseMonth`. Integer calendar maths
 * (Howard Hinnant's civil-date algorithms) avoids `Date`, which maps years
 * 0–99 to the 1900s and is slow in hot loops.
 */

/**
 * The day number of a civil date (month 1–12).
 *
 * @example
 * dayOfDate(1970, 1, 1) //=> 0
 * dayOfDate(2024, 3, 1) //=> 19783
 * @throws never
 */
export function dayOfDate(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The civil date of a day number.
 *
 * @example
 * dateOfDay(19783) //=> { year: 2024, month: 3, day: 1 }
 * @throws never
 */
export function dateOfDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The first day (day number) of a month index.
 *
 * @example
 * firstDayOfMonth(2024 * 12 + 2) //=> 19783 (2024-03-01)
 * @throws never
 */
export function firstDayOfMonth(monthIndex: number): number {
  return dayOfDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}

/**
 * Formats a day number as an ISO date, `YYYY-MM-DD`.
 *
 * @example
 * formatDay(19783) //=> '2024-03-01'
 * @throws never
 */
export function formatDay(dayNumber: number): string {
  const { year, month, day } = dateOfDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
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
