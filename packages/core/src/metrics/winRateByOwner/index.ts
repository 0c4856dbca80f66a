import { dealsByOwner } from '../../_lib/dealsByOwner/index.js';
import type { PeriodOption } from '../../engine/options/index.js';
import { dealColumnsOf, OPEN, periodBounds, WON } from '../../_lib/dealColumns/index.js';
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
  const columns = dealColumnsOf(deals);
  const { status, closedAt } = columns;
  const { start, end } = periodBounds(options.period);
  const closed = dealsByOwner(columns, (row) => {
    const at = closedAt[row] ?? NaN;
    return status[row] !== OPEN && at >= start && at < end;
  });
  return closed.map(([owner, rows]) => {
    let won = 0;
    for (const row of rows) if (status[row] === WON) won++;
    const lost = rows.length - won;
    return { owner, won, lost, winRate: winRate({ won, lost }) };
  });
}
