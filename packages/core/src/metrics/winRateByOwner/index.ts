import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import { dealsByOwner } from '../../_lib/dealsByOwner/index.js';
import type { PeriodOption } from '../../engine/options/index.js';
import { closedRowsIn, dealColumnsOf } from '../../_lib/dealColumns/index.js';
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
 * @throws {TypeError} when an argument has the wrong structure (`winRateByOwner: <argument> must be …`)
 */
export function winRateByOwner(deals: readonly ValidDeal[], options: PeriodOption = {}): OwnerWinRate[] {
  arrayArgument(deals, 'winRateByOwner', 'deals');
  checkInput(options, 'winRateByOwner', { period: 'object?' }, 'options');
  const columns = dealColumnsOf(deals, 'winRateByOwner');
  const closed = closedRowsIn(columns, options.period);
  return winRatesOfGroups(new Map(dealsByOwner(columns, closed.won)), new Map(dealsByOwner(columns, closed.lost)));
}

/**
 * {@link winRateByOwner} of deals already grouped by owner (see `dealsByOwner`): the won and the lost
 * deals of each owner, so a report that groups them for other figures groups them once.
 *
 * @example
 * winRatesOfGroups(new Map([['alice', [0, 3]]]), new Map([['alice', [2]]])) //=> [{ owner: 'alice', won: 2, lost: 1, winRate: 0.6667 }]
 * @throws never
 */
export function winRatesOfGroups(won: ReadonlyMap<string, readonly number[]>, lost: ReadonlyMap<string, readonly number[]>): OwnerWinRate[] {
  const owners = [...new Set([...won.keys(), ...lost.keys()])].sort();
  return owners.map((owner) => {
    const wonDeals = won.get(owner)?.length ?? 0;
    const lostDeals = lost.get(owner)?.length ?? 0;
    return { owner, won: wonDeals, lost: lostDeals, winRate: winRate({ won: wonDeals, lost: lostDeals }) };
  });
}
