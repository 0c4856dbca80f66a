import { arrayArgument, recordArgument } from '../../_lib/arguments/index.js';
// No import of the exact engine (decimal.js): report rows are already rounded to
// cents, so integer cents are exact, and the report bridge's exact figures are
// integers (BigInt); both keep decimal.js out of the charts' bundles.
import { formatMonth, parseMonth, requiredMonth } from '../../engine/month/index.js';
import type { MonthString, MrrMovement, MrrRow, ReportMrrBridge } from '../../types.js';
import { fromCents, toCents } from '../../_lib/cents/index.js';
import { exactMrrBridge, exactTotalsOf } from '../../_lib/exactMrrBridge/index.js';
import { MRR_MOVEMENTS } from '../mrrMovements/index.js';

/**
 * Starting MRR, the five movements summed, and ending MRR over a range: a
 * {@link ReportMrrBridge}, exact when the report's bridge covers the range,
 * else rebuilt from cent-rounded rows with a `rounding` step to balance.
 */
export interface MrrBridge extends ReportMrrBridge {
  /** MRR at the end of the month before `from`. */
  startMrr: number;
  /**
   * netNew − (new + expansion + reactivation + contraction + churn). 0 when
   * the bridge comes from the report's exact figures (`reportBridge`): those
   * balance to the cent. Rebuilt from rows, it is the cents the rows'
   * rounding leaves (each row's movements and net new are rounded to cents
   * on their own): 0 for most data, a few cents at most; with it the bridge
   * adds up exactly:
   * startMrr + new + expansion + reactivation + contraction + churn + rounding = endMrr.
   */
  rounding: number;
  /**
   * (endMrr − startMrr) ÷ startMrr, from the exact MRR when the report's
   * bridge covers the range or the range is one row (its `mrrGrowthRate`),
   * else from the rounded figures; `null` when startMrr is 0.
   */
  growthRate: number | null;
}

/** Options of {@link mrrBridge}. */
export interface MrrBridgeOptions {
  /** First month of the bridge, `YYYY-MM`. @default the first row's month (the report bridge's `from` without rows) */
  from?: MonthString;
  /** Last month of the bridge, `YYYY-MM`. @default the last row's month (the report bridge's `to` without rows) */
  to?: MonthString;
  /**
   * The report's bridge, `report.mrrBridge`. When its exact figures cover
   * the range (any range inside the report's), the bridge is computed from
   * them as the report computes its own: exact, balanced to the cent, no
   * rounding. A bridge without exact figures (made by hand, or by an older
   * version) is used as it is when its range is the range.
   */
  reportBridge?: ReportMrrBridge;
}

/** A cent-rounded report amount as integer cents, or a RangeError for a non-finite one. */
function centsOf(row: MrrRow, field: 'mrr' | 'netNew' | MrrMovement): number {
  const value = row[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`mrrBridge: ${row.month}.${field} is not a finite number: ${String(value)}`);
  }
  return toCents(value);
}

function monthOption(name: string, value: MonthString | undefined): number | undefined {
  if (value === undefined) return undefined;
  return requiredMonth(value, `mrrBridge: ${name}`);
}

/**
 * The MRR bridge over a range: the MRR before the range, the five movements
 * summed over it, the MRR at its end, net new and growth. The one place that
 * chooses how a bridge is made, so charts only draw it:
 * - when `reportBridge` (`report.mrrBridge`) covers the range, from the
 *   report's exact monthly figures, apportioned to whole cents as the report
 *   apportions its own: the bridge the report of that range carries (without
 *   its `exact` figures), balanced to the cent, `rounding` 0; over the
 *   report's own range, `report.mrrBridge` itself;
 * - else summed from the rows (`report.mrr`) in integer cents, with no float
 *   drift however long the range; each row is rounded to the cent on its
 *   own, so the sums can miss the exact ones by a few cents, and a
 *   `rounding` step makes the bridge balance.
 *
 * The rows in the range are checked either way (a chart draws them too).
 * The range is the rows' from `from` to `to`; without rows in it, `from`..`to`
 * (by default the report bridge's range). Returns `null` when there is
 * nothing to bridge (no row in range and no report bridge covering it; also
 * when `from` is after `to`).
 *
 * @example
 * const quarter = mrrBridge(report.mrr, { from: '2026-01', to: '2026-03', reportBridge: report.mrrBridge }); // exact
 * quarter.startMrr + quarter.new + quarter.expansion + quarter.reactivation + quarter.contraction + quarter.churn
 * //=> quarter.endMrr (to the cent), quarter.rounding === 0
 * mrrBridge(report.mrr, { from: '2026-01', to: '2026-03' }).rounding // from the rows alone: a few cents at most
 * mrrBridge([]) //=> null
 * @throws {RangeError} when `from` or `to` is not a `YYYY-MM` month, when the
 * @throws {TypeError} when an argument has the wrong structure (`mrrBridge: <argument> must be …`)
 * rows in the range are not consecutive months in ascending order, when one
 * of their amounts is not a finite number, or when the report bridge's exact
 * figures are malformed (not integers, months out of order, movements that do
 * not add up)
 */
export function mrrBridge(rows: readonly MrrRow[], options: MrrBridgeOptions = {}): MrrBridge | null {
  arrayArgument(rows, 'mrrBridge', 'rows');
  recordArgument(options, 'mrrBridge', 'options');
  if (options.reportBridge !== undefined) recordArgument(options.reportBridge, 'mrrBridge', 'options.reportBridge');
  const from = monthOption('from', options.from);
  const to = monthOption('to', options.to);
  const selected: MrrRow[] = [];
  let previous: number | null = null;
  for (const [index, row] of rows.entries()) {
    const month = requiredMonth(recordArgument(row, 'mrrBridge', `rows[${index}]`).month, 'mrrBridge: row month');
    if ((from !== undefined && month < from) || (to !== undefined && month > to)) continue;
    if (previous !== null && month !== previous + 1) {
      throw new RangeError(`mrrBridge: rows must be consecutive months, oldest first; ${row.month} follows a row that is not the month before`);
    }
    previous = month;
    selected.push(row);
  }
  const first = selected[0];
  const last = selected[selected.length - 1];
  // Checked before any bridge is chosen: rows a chart cannot draw are an error even when the report's bridge covers them.
  const movementCents = selected.map((row) => MRR_MOVEMENTS.map((movement) => centsOf(row, movement)));
  const reportBridge = options.reportBridge;
  const start = first ? parseMonth(first.month) : (from ?? monthOption('reportBridge.from', reportBridge?.from));
  const end = last ? parseMonth(last.month) : (to ?? monthOption('reportBridge.to', reportBridge?.to));
  if (reportBridge && start !== undefined && end !== undefined && start !== null && end !== null) {
    if (formatMonth(start) === reportBridge.from && formatMonth(end) === reportBridge.to) return { ...reportBridge, rounding: 0 };
    const totals = reportBridge.exact ? exactTotalsOf(reportBridge.exact, start, end, 'mrrBridge') : null;
    if (totals) return { ...exactMrrBridge(totals, 'mrrBridge'), rounding: 0 };
  }
  if (!first || !last) return null;

  const sums = { new: 0, expansion: 0, reactivation: 0, contraction: 0, churn: 0 };
  for (const cents of movementCents) {
    MRR_MOVEMENTS.forEach((movement, i) => (sums[movement] += cents[i] ?? 0));
  }
  const startCents = centsOf(first, 'mrr') - centsOf(first, 'netNew');
  const endCents = centsOf(last, 'mrr');
  const netNewCents = endCents - startCents;
  const movementTotal = sums.new + sums.expansion + sums.reactivation + sums.contraction + sums.churn;
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
    rounding: fromCents(netNewCents - movementTotal),
    endMrr: fromCents(endCents),
    // One row carries the engine's rate, from the exact MRR; over more, both sums are in cents, so the ratio is the same as in money.
    growthRate: first === last ? first.mrrGrowthRate : startCents === 0 ? null : netNewCents / startCents,
  };
}
