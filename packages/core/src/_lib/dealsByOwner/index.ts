import { sortedEntries } from '../sortedEntries/index.js';
import type { DealColumns } from '../dealColumns/index.js';
import { int32At, itemAt } from '../itemAt/index.js';

/**
 * The given rows of the deal columns grouped by owner (each group in the
 * rows' order), owners sorted by name (see `sortedEntries`). Deals without an
 * owner are left out: they count in the team's figures only. Shared by the
 * per-owner metrics.
 *
 * @example
 * dealsByOwner(dealColumnsOf(valid.deals), [0, 1, 3]) //=> [['alice', [0, 3]], ['bob', [1]]]
 * @throws never
 */
export function dealsByOwner(columns: DealColumns, rows: readonly number[]): [string, number[]][] {
  const byNumber: number[][] = [];
  const { owner, owners } = columns;
  for (let i = 0; i < rows.length; i++) {
    const row = itemAt(rows, i, 'dealsByOwner');
    const number = int32At(owner, row, 'dealsByOwner');
    if (number < 0) continue;
    (byNumber[number] ??= []).push(row);
  }
  const groups = new Map<string, number[]>();
  byNumber.forEach((rows, number) => groups.set(owners[number] ?? '', rows));
  return sortedEntries(groups);
}
