import { describe, expect, it } from 'vitest';

// `@revkit/core/display` is what @revkit/react bundles; that its bundle has no
// exact engine is checked on the built entry (test/conformance/display-entry.test.ts).
describe('@revkit/core/display', () => {
  it('exports what a chart kit needs', async () => {
    const display = await import('./index.js');
    expect(Object.keys(display).sort()).toEqual(
      ['FIRST_SUPPORTED_MONTH', 'LAST_SUPPORTED_MONTH', 'REP_YIELD_LINE', 'cohortImmatureMonths', 'cohortRetainedValues', 'cohortRetentionAverage', 'formatMonth', 'monthBoundary', 'firstDayOfMonth', 'monthOfInstant', 'mrrBridge', 'mrrBridgeSteps', 'mrrBridgeStepSelection', 'parseMonth', 'periodChange', 'printable', 'repYieldBand', 'targetProgress', 'MRR_MOVEMENTS', 'MRR_GAINS', 'MRR_LOSSES', 'isMrrMovement', 'metricShortName', 'findMetric', 'eachMonthOfRange', 'previousRange'].sort(),
    );
  });
});
