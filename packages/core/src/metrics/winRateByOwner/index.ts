import { dealsByOwner } from '../../_lib/dealsByOwner/index.js';
import { inPeriod, type PeriodOption } from '../../engine/options/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';
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
  const closed = dealsByOwner(deals, (deal) => deal.status !== 'open' && deal.closedAt !== null && inPeriod(deal.closedAt, options.period));
  return closed.map(([owner, list]) => {
    const won = list.filter((deal) => deal.status === 'won').length;
    const lost = list.length - won;
    return { owner, won, lost, winRate: winRate({ won, lost }) };
  });
}
