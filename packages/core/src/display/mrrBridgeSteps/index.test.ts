import { describe, expect, test } from 'vitest';
import { buildReport } from '../../report/buildReport/index.js';
import type { Dataset } from '../../types.js';
import type { MrrBridge } from '../mrrBridge/index.js';
import { mrrBridge } from '../mrrBridge/index.js';
import { mrrBridgeSteps, mrrBridgeStepSelection } from './index.js';

describe('mrrBridgeSteps', () => {
  test('bars float on the running total, also when it crosses zero', () => {
    const steps = mrrBridgeSteps({
      from: '2026-01', to: '2026-01', startMrr: 100, new: 50, expansion: 0, reactivation: 0, contraction: -120, churn: -80, netNew: -150, rounding: 0, endMrr: -50, growthRate: -1.5,
    });
    expect(steps.map((step) => [step.key, step.from, step.to])).toEqual([
      ['start', 0, 100], ['new', 100, 150], ['expansion', 150, 150], ['reactivation', 150, 150],
      ['contraction', 150, 30], ['churn', 30, -50], ['end', 0, -50],
    ]);
  });

  const bridge = (fields: Partial<MrrBridge>): MrrBridge => ({
    from: '2026-01', to: '2026-01', startMrr: 0, new: 0, expansion: 0, reactivation: 0, contraction: 0, churn: 0, netNew: 0, rounding: 0, endMrr: 0, growthRate: null,
    ...fields,
  });

  test('the rounding cents get a step of their own, so the last bar lands on ending MRR', () => {
    const steps = mrrBridgeSteps(bridge({ startMrr: 100, new: 10.01, churn: -5, netNew: 5.03, rounding: 0.02, endMrr: 105.03 }));
    expect(steps.map((step) => step.key)).toEqual(['start', 'new', 'expansion', 'reactivation', 'contraction', 'churn', 'rounding', 'end']);
    expect(steps.at(-2)).toEqual({ key: 'rounding', value: 0.02, from: 105.01, to: 105.03, kind: 'gain' });
    expect(steps.at(-2)!.to).toBe(steps.at(-1)!.to);
    const negative = mrrBridgeSteps(bridge({ startMrr: 100, new: 10, netNew: 9.99, rounding: -0.01, endMrr: 109.99 }));
    expect(negative.at(-2)).toEqual({ key: 'rounding', value: -0.01, from: 110, to: 109.99, kind: 'loss' });
  });

  test('no rounding step when the rounding is zero', () => {
    expect(mrrBridgeSteps(bridge({ startMrr: 100, new: 5, netNew: 5, endMrr: 105 })).map((step) => step.key)).not.toContain('rounding');
  });

  test('bars are placed in whole cents, with no float drift', () => {
    const steps = mrrBridgeSteps(bridge({ startMrr: 0.1, new: 0.2, netNew: 0.2, endMrr: 0.3 }));
    expect(steps.find((step) => step.key === 'new')!.to).toBe(0.3);
    expect(steps.at(-2)!.to).toBe(steps.at(-1)!.to);
  });

  test('the report’s bridge lands on ending MRR with no rounding step, where the rows’ bridge needs one', () => {
    // Three customers at 10.005 a month from 2026-01: every row rounds 10.005 or 30.015 on its own, half away from zero.
    const dataset: Dataset = {
      currency: 'EUR',
      subscriptions: ['a', 'b', 'c'].map((customerId, i) => ({ id: customerId, customerId, start: `2026-0${i + 1}-01`, amount: '10.005', interval: 'month' as const })),
    };
    const report = buildReport(dataset, { from: '2026-01', to: '2026-03' });
    expect(report.mrr.map((row) => [row.mrr, row.new])).toEqual([[10.01, 10.01], [20.01, 10.01], [30.02, 10.01]]);
    const steps = mrrBridgeSteps(report.mrrBridge);
    expect(steps.map((step) => [step.key, step.value, step.to])).toEqual([
      ['start', 0, 0], ['new', 30.02, 30.02], ['expansion', 0, 30.02], ['reactivation', 0, 30.02],
      ['contraction', 0, 30.02], ['churn', 0, 30.02], ['end', 30.02, 30.02],
    ]);
    // The rows sum new to 30.03 and need −0.01 of rounding to land.
    expect(mrrBridgeSteps(mrrBridge(report.mrr)!).map((step) => [step.key, step.value]).filter(([key]) => key === 'new' || key === 'rounding')).toEqual([
      ['new', 30.03], ['rounding', -0.01],
    ]);
  });
});

describe('mrrBridgeStepSelection', () => {
  const quarter = { from: '2026-01', to: '2026-03' };
  test("starting MRR is the month before from's MRR, a movement spans the range, ending MRR is to's", () => {
    expect(mrrBridgeStepSelection(quarter, 'start')).toEqual({ figure: 'mrr', month: '2025-12' });
    expect(mrrBridgeStepSelection(quarter, 'churn')).toEqual({ figure: 'churn', from: '2026-01', to: '2026-03' });
    expect(mrrBridgeStepSelection(quarter, 'new')).toEqual({ figure: 'new', from: '2026-01', to: '2026-03' });
    expect(mrrBridgeStepSelection(quarter, 'end')).toEqual({ figure: 'mrr', month: '2026-03' });
  });

  test('the rounding step, and starting MRR before the first supported month, stand for no customers', () => {
    expect(mrrBridgeStepSelection(quarter, 'rounding')).toBeNull();
    expect(mrrBridgeStepSelection({ from: '0001-01', to: '0001-03' }, 'start')).toBeNull();
    expect(mrrBridgeStepSelection({ from: '0001-01', to: '0001-03' }, 'end')).toEqual({ figure: 'mrr', month: '0001-03' });
  });

  test('a from that is not a month has no month before it: no selection, not a made-up month', () => {
    expect(mrrBridgeStepSelection({ from: '2026-13', to: '2026-03' }, 'start')).toBeNull();
  });
});
