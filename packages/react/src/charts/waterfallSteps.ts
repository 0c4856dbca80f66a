import type { MrrBridge } from '@revkit/core';

/** The kind of a waterfall bar: a total from zero, or a movement floating on the running total. */
export type WaterfallStepKind = 'total' | 'gain' | 'loss';

/** One bar of the MRR bridge. */
export interface WaterfallStep {
  /** Stable key: `start`, `new`, `expansion`, `reactivation`, `contraction`, `churn`, `end`. */
  key: 'start' | 'new' | 'expansion' | 'reactivation' | 'contraction' | 'churn' | 'end';
  /** The amount the bar stands for (a movement's signed value, or a total). */
  value: number;
  /** Where the bar starts on the value axis. */
  from: number;
  /** Where the bar ends on the value axis. */
  to: number;
  /** How it is drawn. */
  kind: WaterfallStepKind;
}

/**
 * Places the bars of a bridge: totals stand on zero, each movement floats
 * from the running total to the running total plus its value, so bars stay
 * correct when the running total crosses zero.
 */
export function waterfallSteps(bridge: MrrBridge): WaterfallStep[] {
  const steps: WaterfallStep[] = [{ key: 'start', value: bridge.startMrr, from: 0, to: bridge.startMrr, kind: 'total' }];
  let running = bridge.startMrr;
  for (const key of ['new', 'expansion', 'reactivation', 'contraction', 'churn'] as const) {
    const value = bridge[key];
    steps.push({ key, value, from: running, to: running + value, kind: value < 0 ? 'loss' : 'gain' });
    running += value;
  }
  steps.push({ key: 'end', value: bridge.endMrr, from: 0, to: bridge.endMrr, kind: 'total' });
  return steps;
}
