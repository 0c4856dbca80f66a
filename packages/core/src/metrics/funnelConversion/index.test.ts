import { describe, expect, it } from 'vitest';
import { funnelConversion } from './index.js';

describe('funnelConversion', () => {
  it('gives step and overall conversion in input order', () => {
    expect(funnelConversion([{ stage: 'Leads', count: 100 }, { stage: 'MQL', count: 40 }, { stage: 'Customers', count: 10 }])).toEqual([
      { stage: 'Leads', count: 100, stepConversion: null, overallConversion: 1 },
      { stage: 'MQL', count: 40, stepConversion: 0.4, overallConversion: 0.4 },
      { stage: 'Customers', count: 10, stepConversion: 0.25, overallConversion: 0.1 },
    ]);
  });
  it('returns a null step conversion after a stage of 0 (zero denominator)', () => {
    const stages = funnelConversion([{ stage: 'A', count: 5 }, { stage: 'B', count: 0 }, { stage: 'C', count: 1 }]);
    expect(stages[1]!.stepConversion).toBe(0);
    expect(stages[2]!.stepConversion).toBeNull();
  });
  it('returns null overall conversions when the first stage is 0 (zero denominator)', () => {
    expect(funnelConversion([{ stage: 'A', count: 0 }, { stage: 'B', count: 0 }]).map((s) => s.overallConversion)).toEqual([null, null]);
  });
  it('returns no stages for an empty funnel', () => {
    expect(funnelConversion([])).toEqual([]);
  });
});
