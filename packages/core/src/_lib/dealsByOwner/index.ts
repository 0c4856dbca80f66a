import { sortedEntries } from '../sortedEntries/index.js';
import type { ValidDeal } from '../../engine/validate/index.js';

/**
 * The deals that pass `keep`, grouped by owner, owners sorted by name (see
 * `sortedEntries`). Deals without an owner are left out: they count in the
 * team's figures only. Shared by the per-owner metrics.
 *
 * @example
 * dealsByOwner(valid.deals, (deal) => deal.status === 'won') //=> [['alice', [deal1, deal4]], ['bob', [deal2]]]
 * @throws never
 */
export function dealsByOwner(deals: readonly ValidDeal[], keep: (deal: ValidDeal) => boolean): [string, ValidDeal[]][] {
  const groups = new Map<string, ValidDeal[]>();
  for (const deal of deals) {
    if (deal.owner === null || !keep(deal)) continue;
    let list = groups.get(deal.owner);
    if (!list) groups.set(deal.owner, (list = []));
    list.push(deal);
  }
  return sortedEntries(groups);
}
