// Light (no decimal.js): the report builds its bridge with it and the display
// layer the bridge of any range inside it, so both apportion the same way.
import { formatMonth, parseMonth, requiredMonth } from '../../engine/month/index.js';
import { gcd, integerRatio, roundQuotient, roundScaled } from '../../engine/rounding/index.js';
import { apportionCents } from '../apportionCents/index.js';
import { itemAt } from '../itemAt/index.js';
import { MRR_MOVEMENTS } from '../../display/mrrMovements/index.js';
import type { MonthString, MrrMovement, ReportMrrBridge, ReportMrrBridgeExact } from '../../types.js';

/** One month's exact MRR totals, as numerators over a common denominator. */
export interface MrrBridgeMonth {
  /** MRR at the end of the previous month. */
  startingMrr: bigint;
  /** MRR at the end of the month. */
  endingMrr: bigint;
  /** The month's movements, signed as in a report (contraction and churn ≤ 0). */
  movements: Readonly<Record<MrrMovement, bigint>>;
}

/** What a bridge is computed from: the months of a range, oldest first, in exact numerators. */
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
 * The MRR bridge of a range from its exact monthly totals: the MRR before
 * the range and at its end rounded once to the cent, net new their
 * difference in cents, and the five movements summed exactly and then
 * apportioned to whole cents that add up to net new (largest remainder), so
 * the bridge balances to the cent with no rounding step. The growth rate is
 * taken from the exact MRR. The one place this rule is written:
 * `reportMrrBridge` (the report's range) and `mrrBridge` (any range inside
 * it) both call it.
 *
 * @param caller the public function asking, named in errors
 * @example
 * const months = [{ startingMrr: 1000n, endingMrr: 1100n, movements: { new: 150n, expansion: 0n, reactivation: 0n, contraction: 0n, churn: -50n } }]
 * exactMrrBridge({ from: '2024-01', to: '2024-01', denominator: 1n, months }, 'reportMrrBridge')
 * //=> { from: '2024-01', to: '2024-01', startMrr: 1000, new: 150, …, churn: -50, netNew: 100, endMrr: 1100, growthRate: 0.1 }
 * @throws {RangeError} when `months` is empty or the denominator is not
 * positive, or when a month's movements do not add up to its change in MRR
 */
export function exactMrrBridge(totals: MrrBridgeTotals, caller: string): ReportMrrBridge {
  const { denominator, months } = totals;
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) throw new RangeError(`${caller}: no month in ${totals.from}..${totals.to}`);
  if (denominator <= 0n) throw new RangeError(`${caller}: the denominator must be positive, got ${denominator}`);
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
      throw new RangeError(`${caller}: a month's movements (${change}) do not add up to its change in MRR (${month.endingMrr - month.startingMrr})`);
    }
  }
  const startCents = roundScaled(first.startingMrr, denominator);
  const endCents = roundScaled(last.endingMrr, denominator);
  const netNewCents = endCents - startCents;
  const apportioned = apportionCents(sums, denominator, netNewCents);
  const money = (cents: bigint): number => roundQuotient(cents, 100n);
  // By name, not by position: `sums` follows MRR_MOVEMENTS, whatever its order.
  const movement = (name: MrrMovement): number => money(itemAt(apportioned, MRR_MOVEMENTS.indexOf(name), caller));
  const growthRate = integerRatio(last.endingMrr - first.startingMrr, first.startingMrr);
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
    growthRate: growthRate === 0 ? 0 : growthRate,
  };
}

/**
 * A range's exact totals as a report carries them (`ReportMrrBridge.exact`):
 * numerators and denominator divided by their greatest common divisor, so
 * engines with different common denominators (the ledger's, SQL's) write
 * the same strings for the same amounts.
 *
 * @example
 * exactFiguresOf({ from: '2024-01', to: '2024-01', denominator: 2n, months: [{ startingMrr: 2n, endingMrr: 4n, movements: { new: 2n, expansion: 0n, reactivation: 0n, contraction: 0n, churn: 0n } }] })
 * //=> { denominator: '1', startMrr: '1', months: [{ month: '2024-01', mrr: '2', new: '1', expansion: '0', … }] }
 * @throws {RangeError} when `from` is not a `YYYY-MM` month
 */
export function exactFiguresOf(totals: MrrBridgeTotals): ReportMrrBridgeExact {
  const firstMonth = requiredMonth(totals.from, 'exactFiguresOf: from');
  let divisor = totals.denominator;
  const startMrr = totals.months[0]?.startingMrr ?? 0n;
  divisor = gcd(divisor, startMrr);
  for (const month of totals.months) {
    divisor = gcd(divisor, month.endingMrr);
    for (const movement of MRR_MOVEMENTS) divisor = gcd(divisor, month.movements[movement]);
  }
  // 0 only for a zero denominator, which the bridge refuses anyway.
  const reduced = (numerator: bigint): string => (divisor === 0n ? numerator : numerator / divisor).toString();
  return {
    denominator: reduced(totals.denominator),
    startMrr: reduced(startMrr),
    months: totals.months.map((month, i) => ({
      month: formatMonth(firstMonth + i),
      mrr: reduced(month.endingMrr),
      new: reduced(month.movements.new),
      expansion: reduced(month.movements.expansion),
      reactivation: reduced(month.movements.reactivation),
      contraction: reduced(month.movements.contraction),
      churn: reduced(month.movements.churn),
    })),
  };
}

/**
 * The exact totals of `from`..`to` read back from a bridge's exact figures,
 * or `null` when the figures do not cover the whole range.
 *
 * @param caller the public function asking, named in errors
 * @example
 * exactTotalsOf(report.mrrBridge.exact, 25, 27, 'mrrBridge') // months 2026-02..2026-04 (month indexes), or null
 * @throws {RangeError} when a figure is not an integer, the denominator is
 * not positive, or the months are not consecutive, oldest first
 */
export function exactTotalsOf(exact: ReportMrrBridgeExact, from: number, to: number, caller: string): MrrBridgeTotals | null {
  const firstMonth = exact.months[0] === undefined ? null : parseMonth(exact.months[0].month);
  if (firstMonth === null || from > to || from < firstMonth || to >= firstMonth + exact.months.length) return null;
  const denominator = integer(exact.denominator, 'exact.denominator', caller);
  if (denominator <= 0n) throw new RangeError(`${caller}: exact.denominator must be positive, got ${exact.denominator}`);
  const months: MrrBridgeMonth[] = [];
  let startingMrr = from === firstMonth ? integer(exact.startMrr, 'exact.startMrr', caller) : 0n;
  for (let index = from - firstMonth - (from === firstMonth ? 0 : 1); index <= to - firstMonth; index++) {
    const month = itemAt(exact.months, index, caller);
    const path = `exact.months[${index}]`;
    if (parseMonth(month.month) !== firstMonth + index) {
      throw new RangeError(`${caller}: ${path}.month must be ${formatMonth(firstMonth + index)}, got ${JSON.stringify(month.month)}`);
    }
    const endingMrr = integer(month.mrr, `${path}.mrr`, caller);
    // The month before the range only gives its starting MRR.
    if (firstMonth + index >= from) {
      const movements = {
        new: integer(month.new, `${path}.new`, caller),
        expansion: integer(month.expansion, `${path}.expansion`, caller),
        reactivation: integer(month.reactivation, `${path}.reactivation`, caller),
        contraction: integer(month.contraction, `${path}.contraction`, caller),
        churn: integer(month.churn, `${path}.churn`, caller),
      };
      months.push({ startingMrr, endingMrr, movements });
    }
    startingMrr = endingMrr;
  }
  return { from: formatMonth(from), to: formatMonth(to), denominator, months };
}

const INTEGER = /^-?\d{1,4000}$/;

/** An exact figure's numerator, checked: a string of digits, else a RangeError naming it. */
function integer(text: unknown, path: string, caller: string): bigint {
  if (typeof text !== 'string' || !INTEGER.test(text)) {
    throw new RangeError(`${caller}: ${path} must be an integer as a decimal string, got ${JSON.stringify(String(text).slice(0, 40))}`);
  }
  return BigInt(text);
}
