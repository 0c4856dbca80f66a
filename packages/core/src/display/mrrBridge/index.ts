// No import of the exact engine (decimal.js): report rows are already rounded to
// cents, so integer cents are exact and keep decimal.js out of the charts'
// bundles.
import { parseMonth } from '../../engine/month/index.js';
import type { MonthString, MrrMovement, MrrRow, ReportMrrBridge } from '../../types.js';
import { fromCents, toCents } from '../../_lib/cents/index.js';
import { MRR_MOVEMENTS } from '../mrrMovements/index.js';

/**
 * Starting MRR, the five movements summed, and ending MRR over a range of
 * report rows: a {@link ReportMrrBridge} rebuilt from cent-rounded rows, so
 * it needs a `rounding` step to balance.
 */
export interface MrrBridge extends ReportMrrBridge {
  /** MRR at the end of the month before `from`: the first row's mrr − netNew. */
  startMrr: number;
  /**
   * netNew − (new + expansion + reactivation + contraction + churn): the
   * cents the report's rounding leaves, since each row's movements and net
   * new are rounded to cents on their own. 0 for most data, a few cents at
   * most; with it the bridge adds up exactly:
   * startMrr + new + expansion + reactivation + contraction + churn + rounding = endMrr.
   * The report's own bridge (`report.mrrBridge`) needs none.
   */
  rounding: number;
  /** (endMrr − startMrr) ÷ startMrr, from the rounded figures; `null` when startMrr is 0. */
  growthRate: number | null;
}

/** Options of {@link mrrBridge}. */
export interface MrrBridgeOptions {
  /** First month of the bridge, `YYYY-MM`. @default the first row's month */
  from?: MonthString;
  /** Last month of the bridge, `YYYY-MM`. @default the last row's month */
  to?: MonthString;
}

/** A cent-rounded report amount as integer cents, or a RangeError for a non-finite one. */
function centsOf(row: MrrRow, field: 'mrr' | 'netNew' | MrrMovement): number {
  const value = row[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`mrrBridge: ${row.month}.${field} is not a finite number: ${String(value)}`);
  }
  return toCents(value);
}

function monthOption(name: 'from' | 'to', value: MonthString | undefined): number | undefined {
  if (value === undefined) return undefined;
  const month = parseMonth(value);
  if (month === null) throw new RangeError(`mrrBridge: ${name} must be a month as YYYY-MM, got ${JSON.stringify(value)}`);
  return month;
}

/**
 * The MRR bridge over a range of report rows (`buildReport(...).mrr`): the
 * MRR before the range, the five movements summed over it, the MRR at its
 * end, net new and growth. Sums run in integer cents (report money is
 * rounded to cents), so there is no float drift however long the range.
 * Returns `null` when no row falls in `from`..`to` (also when `from` is
 * after `to`).
 *
 * Approximate by rounding: the rows' figures are each rounded to the cent
 * on their own, so their sums can miss the exact ones by a few cents, and a
 * `rounding` step makes the bridge balance. For the report's own range, use
 * `report.mrrBridge` instead: computed by the core from the exact sums, it
 * balances to the cent with no rounding step. This function is for other
 * ranges of rows (a quarter inside the report, rows from elsewhere).
 *
 * @example
 * const bridge = mrrBridge(report.mrr, { from: '2026-01', to: '2026-03' }); // the first quarter
 * bridge.startMrr + bridge.new + bridge.expansion + bridge.reactivation + bridge.contraction + bridge.churn + bridge.rounding
 * //=> bridge.endMrr (to the cent)
 * mrrBridge([]) //=> null
 * @throws {RangeError} when `from` or `to` is not a `YYYY-MM` month, when the
 * rows in the range are not consecutive months in ascending order, or when
 * one of their amounts is not a finite number
 */
export function mrrBridge(rows: readonly MrrRow[], options: MrrBridgeOptions = {}): MrrBridge | null {
  const from = monthOption('from', options.from);
  const to = monthOption('to', options.to);
  const selected: MrrRow[] = [];
  let previous: number | null = null;
  for (const row of rows) {
    const month = parseMonth(row.month);
    if (month === null) throw new RangeError(`mrrBridge: row month must be YYYY-MM, got ${JSON.stringify(row.month)}`);
    if ((from !== undefined && month < from) || (to !== undefined && month > to)) continue;
    if (previous !== null && month !== previous + 1) {
      throw new RangeError(`mrrBridge: rows must be consecutive months, oldest first; ${row.month} follows a row that is not the month before`);
    }
    previous = month;
    selected.push(row);
  }
  const first = selected[0];
  const last = selected[selected.length - 1];
  if (!first || !last) return null;

  const sums = { new: 0, expansion: 0, reactivation: 0, contraction: 0, churn: 0 };
  for (const row of selected) {
    for (const movement of MRR_MOVEMENTS) sums[movement] += centsOf(row, movement);
  }
  const startCents = centsOf(first, 'mrr') - centsOf(first, 'netNew');
  const endCents = centsOf(last, 'mrr');
  const netNewCents = endCents - startCents;
  const movementCents = sums.new + sums.expansion + sums.reactivation + sums.contraction + sums.churn;
  return {
    from: first.month,
    to: last.month,
    startMrr: fromCents(startCents),
    new: fromCents(sums.new),
    expansion: fromCents(sums.expansion),
    reactivation: fromCents(sums.reactivation),
    contraction: fromCents(sums.contraction),
    churn: fromCents(sums.churn),
    netNew: fromCents(netNewCents),
    rounding: fromCents(netNewCents - movementCents),
    endMrr: fromCents(endCents),
    // Both in cents, so the ratio is the same as in money.
    growthRate: startCents === 0 ? null : netNewCents / startCents,
  };
}
