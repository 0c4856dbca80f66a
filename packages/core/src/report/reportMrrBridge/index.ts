import { arrayArgument, recordArgument, wrongArgument } from '../../_lib/arguments/index.js';
import { exactFiguresOf, exactMrrBridge, type MrrBridgeMonth, type MrrBridgeTotals } from '../../_lib/exactMrrBridge/index.js';
import type { ReportMrrBridge } from '../../types.js';

export type { MrrBridgeMonth, MrrBridgeTotals };

/**
 * The report's MRR bridge from a range's exact monthly totals: the MRR
 * before the range and at its end rounded once to the cent, net new their
 * difference in cents, and the five movements summed exactly and then
 * apportioned to whole cents that add up to net new (largest remainder), so
 * the bridge balances to the cent with no rounding step. The growth rate is
 * taken from the exact MRR. The bridge carries the monthly totals too
 * (`exact`, as reduced integer strings), so `mrrBridge` can bridge any range
 * inside it the same way. Shared by `buildReport` and engines that sum in
 * SQL, so both give the same bridge.
 *
 * @example
 * const months = [{ startingMrr: 1000n, endingMrr: 1100n, movements: { new: 150n, expansion: 0n, reactivation: 0n, contraction: 0n, churn: -50n } }]
 * reportMrrBridge({ from: '2024-01', to: '2024-01', denominator: 1n, months })
 * //=> { from: '2024-01', to: '2024-01', startMrr: 1000, new: 150, …, churn: -50, netNew: 100, endMrr: 1100, growthRate: 0.1,
 * //     exact: { denominator: '1', startMrr: '1000', months: [{ month: '2024-01', mrr: '1100', new: '150', …, churn: '-50' }] } }
 * @throws {RangeError} when `months` is empty or the denominator is not
 * @throws {TypeError} when an argument has the wrong structure (`reportMrrBridge: <argument> must be …`)
 * positive, when `from` is not a `YYYY-MM` month, or when a month's
 * movements do not add up to its change in MRR
 */
export function reportMrrBridge(totals: MrrBridgeTotals): ReportMrrBridge {
  recordArgument(totals, 'reportMrrBridge', 'totals');
  if (typeof totals.denominator !== 'bigint' || totals.denominator <= 0n) {
    wrongArgument('reportMrrBridge', 'totals.denominator', 'a BigInt > 0', totals.denominator);
  }
  arrayArgument(totals.months, 'reportMrrBridge', 'totals.months');
  return { ...exactMrrBridge(totals, 'reportMrrBridge'), exact: exactFiguresOf(totals) };
}
