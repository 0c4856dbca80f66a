import type { CohortRow } from '@revkit/core';
import { describe, expect, test } from 'vitest';
import { emptyReport, sampleReport } from '../test/reports.js';
import { absoluteRetention, weightedRetentionAverage } from './cohortAverage.js';
import { mrrBridge } from './mrrBridge.js';
import { periodChange } from './periodChange.js';

describe('periodChange', () => {
  test('absolute and relative change', () => {
    expect(periodChange(110, 100)).toEqual({ absolute: 10, relative: 0.1 });
    expect(periodChange(-50, -100)).toEqual({ absolute: 50, relative: 0.5 });
  });
  test('previous value of zero gives a null relative change', () => {
    expect(periodChange(5, 0)).toEqual({ absolute: 5, relative: null });
  });
  test('missing or non-finite values give nulls', () => {
    expect(periodChange(null, 3)).toEqual({ absolute: null, relative: null });
    expect(periodChange(3, Number.NaN)).toEqual({ absolute: null, relative: null });
  });
});

describe('mrrBridge', () => {
  test('one month equals the engine row', () => {
    const row = sampleReport().mrr.at(-1)!;
    const bridge = mrrBridge([row])!;
    expect(bridge.endMrr).toBe(row.mrr);
    expect(bridge.new).toBe(row.new);
    expect(bridge.churn).toBe(row.churn);
    // The engine divides exact sums; the bridge divides cent-rounded ones.
    expect(bridge.growthRate).toBeCloseTo(row.mrrGrowthRate!, 6);
  });
  test('over a range, start plus the movements is the end, to the cent', () => {
    const rows = sampleReport().mrr;
    const bridge = mrrBridge(rows)!;
    const movements = bridge.new + bridge.expansion + bridge.reactivation + bridge.contraction + bridge.churn;
    expect(Math.round((bridge.startMrr + movements) * 100)).toBe(Math.round(bridge.endMrr * 100));
    expect(bridge.from).toBe(rows[0]!.month);
    expect(bridge.to).toBe(rows.at(-1)!.month);
  });
  test('no rows gives null', () => {
    expect(mrrBridge([])).toBeNull();
  });
  test('starting MRR of zero gives a null growth rate', () => {
    expect(mrrBridge(emptyReport().mrr)!.growthRate).toBeNull();
  });
});

describe('weightedRetentionAverage', () => {
  test('month 0 is 100 % and later months weight cohorts by size', () => {
    const cohorts = sampleReport().cohorts;
    const average = weightedRetentionAverage(cohorts, 'logo');
    expect(average[0]).toBe(1);
    const reached = cohorts.filter((cohort) => cohort.logoRetention.length > 2);
    const retained = reached.reduce((sum, cohort) => sum + cohort.logoRetention[2]! * cohort.customers, 0);
    const size = reached.reduce((sum, cohort) => sum + cohort.customers, 0);
    expect(average[2]).toBeCloseTo(retained / size, 12);
  });
  test('cohorts whose weights sum to zero give null', () => {
    const zeroMrr: CohortRow = { cohort: '2026-01', customers: 0, mrr: 0, logoRetention: [1], revenueRetention: [1] };
    expect(weightedRetentionAverage([zeroMrr], 'revenue')).toEqual([null]);
    expect(weightedRetentionAverage([], 'logo')).toEqual([]);
  });
  test('absolute retention counts customers and money; beyond the data it is null', () => {
    const cohort = sampleReport().cohorts[0]!;
    expect(absoluteRetention(cohort, 'logo', 0)).toBe(cohort.customers);
    expect(absoluteRetention(cohort, 'revenue', 0)).toBe(cohort.mrr);
    expect(absoluteRetention(cohort, 'logo', 999)).toBeNull();
  });
});
