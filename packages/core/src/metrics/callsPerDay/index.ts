import { ratio } from '../../engine/exact/index.js';

/**
 * Calls per day of a rep: calls made ÷ days worked. revkit's reports count
 * the days the rep logged any activity; pass business days instead to hold
 * absences against the rep.
 *
 * @example
 * callsPerDay({ calls: 150, days: 5 }) //=> 30
 * callsPerDay({ calls: 0, days: 0 }) //=> null
 * @throws never
 */
export function callsPerDay(input: { calls: number; days: number }): number | null {
  return ratio(input.calls, input.days);
}
