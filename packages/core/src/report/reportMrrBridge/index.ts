import { roundQuotient, roundScaled } from '../../engine/exact/index.js';
import { apportionCents } from '../../_lib/apportionCents/index.js';
import { itemAt } from '../../_lib/itemAt/index.js';
import { MRR_MOVEMENTS } from '../../display/mrrMovements/index.js';
import { mrrGrowthRate } from '../../metrics/mrrGrowthRate/index.js';
import type { MonthString, MrrMovement, ReportMrrBridge } from '../../types.js';

/** One month's exact MRR totals, as numerators over a common denominator. */
export interface MrrBridgeMonth {
  /** MRR at the end of the previous month. */
  startingMrr: bigint;
  /** MRR at the end of the month. */
  endingMrr: bigint;
  /** The month's movements, signed as in a report (contraction and churn ≤ 0). */
  movements: Readonly<Record<MrrMovement, bigint>>;
}

/** What {@link reportMrrBridge} bridges: the months of a range, oldest first, in exact numerators. */
export interface MrrBridgeTotals {
  /** First month of the range. */
  from: MonthString;
  /** Last month of the range. */
  to: MonthString;
  /** Common denominator of every numerator in `months`, > 0. */
  denominator: bigint;
  /** Each month of the range, oldest first. */
  months: readonly MrrBridgeMonth[];
}

/**
 * The report's MRR bridge from a range's exact monthly totals: the MRR
 * before the range and at its end rounded once to the cent, net new their
 * difference in cents, and the five movements summed exactly and then
 * apportioned to whole cents that add up to net new (largest remainder), so
 * the bridge balances to the cent with no rounding step. The growth rate is
 * taken from the exact MRR. Shared by `buildReport` and engines that sum in
 * SQL, so both give the same bridge.
 *
 * @example
 * const months = [{ startingMrr: 1000n, endingMrr: 1100n, movements: { new: 150n, expansion: 0n, reactivation: 0n, contraction: 0n, churn: -50n } }]
 * reportMrrBridge({ from: '2024-01', to: '2024-01', denominator: 1n, months })
 * //=> { from: '2024-01', to: '2024-01', startMrr: 1000, new: 150, …, churn: -50, netNew: 100, endMrr: 1100, growthRate: 0.1 }
 * @throws {RangeError} when `months` is empty or the denominator is not
 * positive, or when a month's movements do not add up to its change in MRR
 */
export function reportMrrBridge(totals: MrrBridgeTotals): ReportMrrBridge {
  const { denominator, months } = totals;
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) throw new RangeError(`reportMrrBridge: no month in ${totals.from}..${totals.to}`);
  const sums = [0n, 0n, 0n, 0n, 0n];
  for (const month of months) {
    let change = 0n;
    MRR_MOVEMENTS.forEach((movement, i) => {
      const amount = month.movements[movement];
      sums[i] = (sums[i] ?? 0n) + amount;
      change += amount;
    });
    // The movements are a partition of the change: anything else is a bug upstream, not a rounding.
    if (change !== month.endingMrr - month.startingMrr) {
      throw new RangeError(`reportMrrBridge: a month's movements (${change}) do not add up to its change in MRR (${month.endingMrr - month.startingMrr})`);
    }
  }
  const startCents = roundScaled(first.startingMrr, denominator);
  const endCents = roundScaled(last.endingMrr, denominator);
  const netNewCents = endCents - startCents;
  const apportioned = apportionCents(sums, denominator, netNewCents);
  const money = (cents: bigint): number => roundQuotient(cents, 100n);
  // By name, not by position: `sums` follows MRR_MOVEMENTS, whatever its order.
  const movement = (name: MrrMovement): number => money(itemAt(apportioned, MRR_MOVEMENTS.indexOf(name), 'reportMrrBridge'));
  return {
    from: totals.from,
    to: totals.to,
    startMrr: money(startCents),
    new: movement('new'),
    expansion: movement('expansion'),
    reactivation: movement('reactivation'),
    contraction: movement('contraction'),
    churn: movement('churn'),
    netNew: money(netNewCents),
    endMrr: money(endCents),
    growthRate: mrrGrowthRate({ startingMrr: first.startingMrr, endingMrr: last.endingMrr }),
  };
}
