import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import { exactSalesCycleDaysOfRows } from '../averageSalesCycleDays/index.js';
import { dealsByOwner } from '../../_lib/dealsByOwner/index.js';
import type { PeriodOption } from '../../engine/options/index.js';
import { dealColumnsOf, wonRows, type DealColumns } from '../../_lib/dealColumns/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';

/** One owner's average sales cycle. */
export interface OwnerSalesCycle {
  owner: string;
  /** Won deals closed in the period. */
  wonDeals: number;
  /** Mean days from creation to close over those deals. */
  averageSalesCycleDays: number | null;
}

/**
 * Average sales cycle per owner: mean days (fractional) from creation to
 * close over each owner's deals won in the period, as the contract's
 * `averageSalesCycleDays` does for the whole team.
 *
 * @example
 * salesCycleDaysByOwner(valid.deals, { period }) //=> [{ owner: 'alice', wonDeals: 2, averageSalesCycleDays: 31.5 }]
 * @throws {TypeError} when an argument has the wrong structure (`salesCycleDaysByOwner: <argument> must be …`)
 */
export function salesCycleDaysByOwner(deals: readonly ValidDeal[], options: PeriodOption = {}): OwnerSalesCycle[] {
  arrayArgument(deals, 'salesCycleDaysByOwner', 'deals');
  checkInput(options, 'salesCycleDaysByOwner', { period: 'object?' }, 'options');
  const columns = dealColumnsOf(deals, 'salesCycleDaysByOwner');
  return salesCycleDaysOfGroups(columns, dealsByOwner(columns, wonRows(columns, options.period)));
}

/**
 * {@link salesCycleDaysByOwner} of won deals already grouped by owner (see `dealsByOwner`).
 *
 * @example
 * salesCycleDaysOfGroups(dealColumnsOf(valid.deals), [['alice', [0, 3]]]) //=> [{ owner: 'alice', wonDeals: 2, averageSalesCycleDays: 31.5 }]
 * @throws never
 */
export function salesCycleDaysOfGroups(columns: DealColumns, won: readonly (readonly [string, readonly number[]])[]): OwnerSalesCycle[] {
  return won.map(([owner, rows]) => ({
    owner,
    wonDeals: rows.length,
    averageSalesCycleDays: exactSalesCycleDaysOfRows(columns, rows)?.toNumber() ?? null,
  }));
}
