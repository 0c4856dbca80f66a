import { describe, expect, it } from 'vitest';
import { periodOfMonths } from '../../engine/options/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { LEAD_STAGES } from '../../engine/validate/index.js';
import { passedStages, passedStagesInto, stageConversion } from './index.js';

const { leads } = validateDataset({
  currency: 'EUR',
  leads: [
    { id: 'l1', reached: { lead: '2024-01-02', mql: '2024-01-05', sql: '2024-01-10', opportunity: '2024-02-01', customer: '2024-03-01' } },
    { id: 'l2', reached: { lead: '2024-01-03', sql: '2024-01-20' } },
    { id: 'l3', reached: { lead: '2024-01-04' } },
    { id: 'l4', reached: { lead: '2024-02-04', mql: '2024-02-05' } },
  ],
});

describe('stageConversion', () => {
  it('converts stage to stage from records, skipped stages counting as passed', () => {
    const steps = stageConversion(leads!, { period: periodOfMonths('2024-01', '2024-01') });
    expect(steps.map((s) => [s.from, s.to, s.entered, s.converted, s.conversion])).toEqual([
      ['lead', 'mql', 3, 2, 2 / 3],
      ['mql', 'sql', 2, 2, 1],
      ['sql', 'opportunity', 2, 1, 0.5],
      ['opportunity', 'customer', 0, 0, null],
    ]);
  });
  it('returns null conversions when no lead entered a stage (zero denominator)', () => {
    expect(stageConversion([]).every((step) => step.conversion === null)).toBe(true);
  });
  it('fills a skipped stage with the next reached date', () => {
    expect(passedStages(leads![1]!).mql).toBe(Date.UTC(2024, 0, 20));
  });
  it('writes the passed stages by stage index, NaN for stages not reached', () => {
    const passed = new Float64Array(LEAD_STAGES.length);
    for (const lead of leads!) {
      passedStagesInto(lead, passed);
      expect([...passed].map((at) => (Number.isNaN(at) ? null : at))).toEqual(LEAD_STAGES.map((stage) => passedStages(lead)[stage]));
    }
  });
});
