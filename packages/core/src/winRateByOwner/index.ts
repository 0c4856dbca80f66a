import { inPeriod, type PeriodOption } from '../options/index.js';
import type { ValidDeal } from '../validate/index.js';
import { winRate } from '../winRate/index.js';

/** One owner's closed deals and win rate. */
export interface OwnerWinRate {
  owner: string;
  won: number;
  lost: number;
  /** won ÷ (won + lost). */
  winRate: number | null;
}

/**
 * Win rate per sales owner over deals closed in the period, owners in
 * alphabetical order. Deals without an owner count in the overall win rate
 * only.
 *
 * @example
 * winRateByOwner(valid.deals, { period }) //=> [{ owner: 'alice', won: 3, lost: 1, winRate: 0.75 }, …]
 * @throws never
 */
export function winRateByOwner(deals: readonly ValidDeal[], options: PeriodOption = {}): OwnerWinRate[] {
  const counts = new Map<string, { won: number; lost: number }>();
  for (const deal of deals) {
    if (deal.owner === null || deal.status === 'open' || deal.closedAt === null || !inPeriod(deal.closedAt, options.period)) continue;
    let entry = counts.get(deal.owner);
    if (!entry) counts.set(deal.owner, (entry = { won: 0, lost: 0 }));
    if (deal.status === 'won') entry.won++;
    else entry.lost++;
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([owner, { won, lost }]) => ({ owner, won, lost, winRate: winRate({ won, lost }) }));
}
