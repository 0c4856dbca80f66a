import { checkInput, recordArgument, type InputField } from '../../_lib/arguments/index.js';
// Light (no decimal.js): the display layer, bundled by chart kits.
import type { BreakdownSelection } from '../../report/customerBreakdown/index.js';
import { formatMonth, FIRST_SUPPORTED_MONTH, parseMonth } from '../../engine/month/index.js';
import type { MrrMovement, ReportMrrBridge } from '../../types.js';
import { fromCents, toCents } from '../../_lib/cents/index.js';
import { MRR_MOVEMENTS } from '../mrrMovements/index.js';
import { describeValue } from '../../engine/errors/index.js';

/** The kind of a waterfall bar: a total from zero, or a movement floating on the running total. */
export type MrrBridgeStepKind = 'total' | 'gain' | 'loss';

/** One bar of the MRR bridge. */
export interface MrrBridgeStep {
  /**
   * Stable key: `start`, `new`, `expansion`, `reactivation`, `contraction`,
   * `churn`, `rounding` (only for a bridge rebuilt from rows, when it has a
   * rounding difference), `end`.
   */
  key: 'start' | 'new' | 'expansion' | 'reactivation' | 'contraction' | 'churn' | 'rounding' | 'end';
  /** The amount the bar stands for (a movement's signed value, or a total). */
  value: number;
  /** Where the bar starts on the value axis. */
  from: number;
  /** Where the bar ends on the value axis. */
  to: number;
  /** How it is drawn. */
  kind: MrrBridgeStepKind;
}

/** The figures a bridge's steps are drawn from: money in whole cents, the months as text. */
const BRIDGE_FIELDS = {
  startMrr: 'number',
  new: 'number',
  expansion: 'number',
  reactivation: 'number',
  contraction: 'number',
  churn: 'number',
  endMrr: 'number',
  rounding: 'number?',
} as const satisfies Record<keyof BridgeFigures, InputField>;

/** What {@link mrrBridgeSteps} reads of a bridge. */
type BridgeFigures = Pick<ReportMrrBridge, 'startMrr' | MrrMovement | 'endMrr'> & { readonly rounding?: number };

/** Every step a bridge has: its two totals, the movements and the rounding. */
const STEP_KEYS = new Set<string>(['start', ...MRR_MOVEMENTS, 'rounding', 'end']);

/**
 * Places the bars of a bridge: totals stand on zero, each movement floats
 * from the running total to the running total plus its value, so bars stay
 * correct when the running total crosses zero. The report's bridge
 * (`report.mrrBridge`) balances to the cent, so its last movement lands on
 * ending MRR; a bridge rebuilt from rows by `mrrBridge` may carry cents the
 * rows' rounding leaves (`rounding`), which get a bar of their own when they
 * are not zero. What a chart draws a bridge with, so no chart repeats the
 * cents arithmetic.
 *
 * @example
 * mrrBridgeSteps(report.mrrBridge).map((step) => step.key)
 * //=> ['start', 'new', 'expansion', 'reactivation', 'contraction', 'churn', 'end']
 * @throws {TypeError} when an argument has the wrong structure (`mrrBridgeSteps: <argument> must be …`)
 */
export function mrrBridgeSteps(bridge: ReportMrrBridge & { readonly rounding?: number }): MrrBridgeStep[] {
  checkInput<BridgeFigures>(bridge, 'mrrBridgeSteps', BRIDGE_FIELDS, 'bridge');
  const steps: MrrBridgeStep[] = [{ key: 'start', value: bridge.startMrr, from: 0, to: bridge.startMrr, kind: 'total' }];
  // Bridge amounts are whole cents: placing bars in integer cents keeps them from drifting.
  let running = toCents(bridge.startMrr);
  for (const key of MRR_MOVEMENTS) running = pushMovement(steps, key, bridge[key], running);
  const rounding = bridge.rounding ?? 0;
  if (toCents(rounding) !== 0) pushMovement(steps, 'rounding', rounding, running);
  steps.push({ key: 'end', value: bridge.endMrr, from: 0, to: bridge.endMrr, kind: 'total' });
  return steps;
}

/** Adds a movement's bar from the running total (integer cents) and returns the running total after it. */
function pushMovement(steps: MrrBridgeStep[], key: MrrBridgeStep['key'], value: number, running: number): number {
  const next = running + toCents(value);
  steps.push({ key, value, from: fromCents(running), to: fromCents(next), kind: value < 0 ? 'loss' : 'gain' });
  return next;
}

/**
 * What a bar of a bridge stands for, ready for `customerBreakdown`: starting
 * MRR is the MRR at the end of the month before `from` (the bridge's
 * `startMrr`), a movement is summed over `from`..`to`, ending MRR is the MRR
 * at the end of `to`. `null` for the rounding step (cents of the rows'
 * rounding, no customer's), and for starting MRR when there is no month
 * before `from` (the first supported month, or not a month). So a chart
 * passes a chosen bar on without shifting months itself.
 *
 * @example
 * mrrBridgeStepSelection({ from: '2026-01', to: '2026-03' }, 'start') //=> { figure: 'mrr', month: '2025-12' }
 * mrrBridgeStepSelection({ from: '2026-01', to: '2026-03' }, 'churn') //=> { figure: 'churn', from: '2026-01', to: '2026-03' }
 * mrrBridgeStepSelection({ from: '2026-01', to: '2026-03' }, 'end') //=> { figure: 'mrr', month: '2026-03' }
 * @throws {TypeError} when an argument has the wrong structure (`mrrBridgeStepSelection: <argument> must be …`)
 */
export function mrrBridgeStepSelection(
  bridge: Pick<ReportMrrBridge, 'from' | 'to'>,
  key: MrrBridgeStep['key'],
): BreakdownSelection | null {
  recordArgument(bridge, 'mrrBridgeStepSelection', 'bridge');
  if (!STEP_KEYS.has(key)) throw new RangeError(`mrrBridgeStepSelection: key must be a bridge step (${[...STEP_KEYS].join(', ')}), got ${describeValue(key)}`);
  if (key === 'rounding') return null;
  if (key === 'end') return { figure: 'mrr', month: bridge.to };
  if (key !== 'start') return { figure: key, from: bridge.from, to: bridge.to };
  const from = parseMonth(bridge.from);
  return from === null || from === FIRST_SUPPORTED_MONTH ? null : { figure: 'mrr', month: formatMonth(from - 1) };
}
