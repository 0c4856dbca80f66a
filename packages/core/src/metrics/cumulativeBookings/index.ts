import type { ValidDeal } from '../../engine/validate/index.js';
import { bookings, type Bookings } from '../bookings/index.js';

/**
 * Cumulative bookings: every deal won since the first deal, up to an instant
 * (a report's B(to)): the count and the value, summed exactly and rounded
 * once. Deals won at or after `until` are not counted (not known yet).
 *
 * @example
 * cumulativeBookings(valid.deals, { until: monthBoundary(parseMonth('2024-12')!) }) //=> { count: 112, value: 1840000 }
 * @throws never
 */
export function cumulativeBookings(deals: readonly ValidDeal[], options: { until: number }): Bookings {
  return bookings(deals, { period: { start: Number.NEGATIVE_INFINITY, end: options.until } });
}
