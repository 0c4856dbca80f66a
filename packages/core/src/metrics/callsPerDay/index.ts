import { checkInput } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';

/**
 * Calls per day of a rep: calls made ÷ days worked. revkit's reports count
 * the days the rep logged any activity; pass business days instead to hold
 * absences against the rep.
 *
 * @example
 * callsPerDay({ calls: 150, days: 5 }) //=> 30
 * callsPerDay({ calls: 0, days: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`callsPerDay: input.<field> must be …`); {RangeError} when a count is negative
 */
export function callsPerDay(input: { calls: number; days: number }): number | null {
  checkInput(input, 'callsPerDay', { calls: 'count', days: 'count' });
  return ratio(input.calls, input.days);
}
