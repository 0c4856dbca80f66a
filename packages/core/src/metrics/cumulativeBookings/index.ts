import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';
import { exactBookings, type Bookings } from '../bookings/index.js';
import { toMoney } from '../../engine/exact/index.js';

/**
 * Cumulative bookings: every deal won since the first deal, up to an instant
 * (a report's B(to)): the count and the value, summed exactly and rounded
 * once. Deals won at or after `until` are not counted (not known yet).
 *
 * @example
 * cumulativeBookings(valid.deals, { until: monthBoundary(parseMonth('2024-12')!) }) //=> { count: 112, value: 1840000 }
 * @throws {TypeError} when an argument has the wrong structure (`cumulativeBookings: <argument> must be …`)
 */
export function cumulativeBookings(deals: readonly ValidDeal[], options: { until: number }): Bookings {
  arrayArgument(deals, 'cumulativeBookings', 'deals');
  checkInput(options, 'cumulativeBookings', { until: 'number' }, 'options');
  const { count, value } = exactBookings(deals, { period: { start: Number.NEGATIVE_INFINITY, end: options.until } }, 'cumulativeBookings');
  return { count, value: toMoney(value) };
}
