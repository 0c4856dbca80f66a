// Candidate for @revkit/core: the MRR bridge summed over a range of report
// rows. Report money is rounded to cents, so sums run in integer cents
// (exact) rather than binary floats. Pure; zero denominators give null.
import type { MrrRow } from '@revkit/core';

/** Starting MRR, the five movements summed, and ending MRR over a range of months. */
export interface MrrBridge {
  /** First month of the range. */
  from: string;
  /** Last month of the range. */
  to: string;
  /** MRR at the end of the month before `from` (mrr − netNew of the first row). */
  startMrr: number;
  new: number;
  expansion: number;
  reactivation: number;
  contraction: number;
  churn: number;
  /** Sum of the movements = endMrr − startMrr. */
  netNew: number;
  /** MRR at the end of `to`. */
  endMrr: number;
  /** (endMrr − startMrr) ÷ startMrr; `null` when startMrr is 0. */
  growthRate: number | null;
}

const toCents = (value: number) => Math.round(value * 100);
const fromCents = (cents: number) => cents / 100;

/**
 * Sums the movements of consecutive report rows into one bridge.
 * Returns `null` for no rows.
 *
 * @example
 * mrrBridge(report.mrr.slice(-3)) // the last quarter's bridge
 */
export function mrrBridge(rows: readonly MrrRow[]): MrrBridge | null {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return null;
  const sum = (pick: (row: MrrRow) => number) => rows.reduce((total, row) => total + toCents(pick(row)), 0);
  const startCents = toCents(first.mrr) - toCents(first.netNew);
  const endCents = toCents(last.mrr);
  return {
    from: first.month,
    to: last.month,
    startMrr: fromCents(startCents),
    new: fromCents(sum((row) => row.new)),
    expansion: fromCents(sum((row) => row.expansion)),
    reactivation: fromCents(sum((row) => row.reactivation)),
    contraction: fromCents(sum((row) => row.contraction)),
    churn: fromCents(sum((row) => row.churn)),
    netNew: fromCents(sum((row) => row.netNew)),
    endMrr: fromCents(endCents),
    growthRate: startCents === 0 ? null : (endCents - startCents) / startCents,
  };
}
