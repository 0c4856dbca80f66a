import { sortedEntries } from '../sortedEntries/index.js';
import type { DealColumns } from '../dealColumns/index.js';

/**
 * The rows of the deal columns that pass `keep`, grouped by owner, owners
 * sorted by name (see `sortedEntries`). Deals without an owner are left out:
 * they count in the team's figures only. Shared by the per-owner metrics.
 *
 * @example
 * dealsByOwner(dealColumnsOf(valid.deals), (row) => columns.status[row] === WON) //=> [['alice', [0, 3]], ['bob', [1]]]
 * @throws never
 */
export function dealsByOwner(columns: DealColumns, keep: (row: number) => boolean): [string, number[]][] {
  const byNumber: number[][] = [];
  const { owner, owners, count } = columns;
  for (let row = 0; row < count; row++) {
    const number = owner[row] ?? -1;
    if (number < 0 || !keep(row)) continue;
    (byNumber[number] ??= []).push(row);
  }
  const groups = new Map<string, number[]>();
  byNumber.forEach((rows, number) => groups.set(owners[number] ?? '', rows));
  return sortedEntries(groups);
}
