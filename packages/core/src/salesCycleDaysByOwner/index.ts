import { averageSalesCycleDays } from '../averageSalesCycleDays/index.js';
import { inPeriod, type PeriodOption } from '../options/index.js';
import type { ValidDeal } from '../validate/index.js';

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
 * @throws never
 */
export function salesCycleDaysByOwner(deals: readonly ValidDeal[], options: PeriodOption = {}): OwnerSalesCycle[] {
  const cycles = new Map<string, { createdAt: number; closedAt: number }[]>();
  for (const deal of deals) {
    if (deal.owner === null || deal.status !== 'won' || deal.closedAt === null || !inPeriod(deal.closedAt, options.period)) continue;
    let list = cycles.get(deal.owner);
    if (!list) cycles.set(deal.owner, (list = []));
    list.push({ createdAt: deal.createdAt, closedAt: deal.closedAt });
  }
  return [...cycles.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([owner, list]) => ({ owner, wonDeals: list.length, averageSalesCycleDays: averageSalesCycleDays(list) }));
}
