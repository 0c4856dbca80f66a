import { sortedEntries } from '../sortedEntries/index.js';
import type { ClosedRows, DealColumns } from '../dealColumns/index.js';
import { checkRows, int32At, itemAt } from '../itemAt/index.js';

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

/** The closed deals of a period tallied per owner number (see {@link closedByOwner}). */
export interface ClosedByOwner {
  /** Won and lost deals per owner number. */
  won: Int32Array;
  lost: Int32Array;
  /** Per owner number, the sum of its won deals' cycles (whole ms, closedAt − createdAt). */
  cycleMs: Float64Array;
  /** Per owner number, the sum of its won deals' amounts (units at the columns' scale). */
  units: Float64Array;
  /** The sum of every won deal's amount and cycle (whole ms), with or without an owner (units at the columns' scale). */
  wonUnits: number;
  wonCycleMs: number;
}

/**
 * The closed deals of a period (see `closedRowsIn`) counted and summed per
 * owner in one indexed pass over the won rows and one over the lost ones,
 * with no list per owner: what the owners' win rates, cycles and bookings
 * read. `null` when the columns' amounts are not all exact doubles (then
 * group the rows with {@link dealsByOwner} and sum them exactly).
 *
 * @example
 * closedByOwner(dealColumnsOf(valid.deals), closedRowsIn(dealColumnsOf(valid.deals), period))?.won //=> Int32Array [3, 1]
 * @throws {RangeError} when a row is out of the columns
 */
export function closedByOwner(columns: DealColumns, closed: ClosedRows): ClosedByOwner | null {
  const { owner, owners, units, createdAt, closedAt, count } = columns;
  if (units === null) return null;
  checkRows([owner, units, createdAt, closedAt], count, 'closedByOwner');
  const won = new Int32Array(owners.length);
  const lost = new Int32Array(owners.length);
  const cycleMs = new Float64Array(owners.length);
  const ownerUnits = new Float64Array(owners.length);
  const totals = new Float64Array(2);
  tallyClosedRows(count, owner, units, createdAt, closedAt, closed.won, closed.lost, won, lost, cycleMs, ownerUnits, totals);
  return { won, lost, cycleMs, units: ownerUnits, wonUnits: totals[0] ?? 0, wonCycleMs: totals[1] ?? 0 };
}

/**
 * The passes of {@link closedByOwner}, alone in a function that reads no property: it runs once per
 * dataset, and its compiled code, made when it is called again, must not need feedback from its first
 * lines (they ran before the function had a feedback vector; a property read there was a deopt at the
 * next dataset). `totals` receives the won deals' amounts and cycles.
 */
function tallyClosedRows(
  count: number,
  owner: Int32Array,
  units: Float64Array,
  createdAt: Float64Array,
  closedAt: Float64Array,
  wonRows: readonly number[],
  lostRows: readonly number[],
  won: Int32Array,
  lost: Int32Array,
  cycleMs: Float64Array,
  ownerUnits: Float64Array,
  totals: Float64Array,
): void {
  let wonUnits = 0;
  let wonCycleMs = 0;
  // Plain reads of the columns (checked by the caller; see checkRows), rows checked against count: owner
  // numbers index their tallies by construction. Sums of whole numbers below 2^53 (see DealColumns.units): exact.
  for (let i = 0; i < wonRows.length; i++) {
    const row = wonRows[i] ?? 0;
    if (!(row >= 0 && row < count)) throw new RangeError(`closedByOwner: row ${row} is out of the ${count} deals`);
    const amount = units[row] ?? 0;
    const cycle = (closedAt[row] ?? 0) - (createdAt[row] ?? 0);
    wonUnits += amount;
    wonCycleMs += cycle;
    const number = owner[row] ?? -1;
    if (number < 0) continue;
    won[number] = (won[number] ?? 0) + 1;
    cycleMs[number] = (cycleMs[number] ?? 0) + cycle;
    ownerUnits[number] = (ownerUnits[number] ?? 0) + amount;
  }
  for (let i = 0; i < lostRows.length; i++) {
    const row = lostRows[i] ?? 0;
    if (!(row >= 0 && row < count)) throw new RangeError(`closedByOwner: row ${row} is out of the ${count} deals`);
    const number = owner[row] ?? -1;
    if (number >= 0) lost[number] = (lost[number] ?? 0) + 1;
  }
  totals[0] = wonUnits;
  totals[1] = wonCycleMs;
}
