import { describe, expect, it } from 'vitest';
import { periodOfMonths } from '../../engine/options/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { timeInStage } from './index.js';

const { leads } = validateDataset({
  currency: 'EUR',
  leads: [
    { id: 'l1', reached: { lead: '2024-01-01', mql: '2024-01-05', sql: '2024-01-06T12:00:00Z' } },
    { id: 'l2', reached: { lead: '2024-01-01', mql: '2024-01-03' } },
    { id: 'l3', reached: { lead: '2024-01-01', sql: '2024-01-11' } },
  ],
});

describe('timeInStage', () => {
  it('averages the days spent in each stage by leads that moved on', () => {
    const [lead, mql, sql] = timeInStage(leads!);
    // l1 4 days, l2 2 days, l3 10 days (skipped MQL on 01-11)
    expect(lead).toEqual({ stage: 'lead', leads: 3, averageDays: (4 + 2 + 10) / 3 });
    // l1 1.5 days, l3 0 days (skipped stage)
    expect(mql).toEqual({ stage: 'mql', leads: 2, averageDays: 0.75 });
    expect(sql).toEqual({ stage: 'sql', leads: 0, averageDays: null });
  });
  it('returns null durations for an empty period (zero denominator)', () => {
    expect(timeInStage(leads!, { period: periodOfMonths('2023-01', '2023-01') }).every((s) => s.averageDays === null)).toBe(true);
  });
  it('handles a single lead', () => {
    expect(timeInStage(leads!.slice(1, 2))[0]!.averageDays).toBe(2);
  });
});
