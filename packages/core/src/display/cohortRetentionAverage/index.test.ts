import { describe, expect, it } from 'vitest';
import { buildReport } from '../../report/buildReport/index.js';
import type { CohortRow, Dataset } from '../../types.js';
import { cohortRetentionAverage } from './index.js';

const dataset: Dataset = {
  currency: 'EUR',
  subscriptions: [
    { id: 's1', customerId: 'a', start: '2026-01-01', amount: '100', interval: 'month' },
    { id: 's2', customerId: 'b', start: '2026-01-01', end: '2026-03-01', amount: '50', interval: 'month' },
    { id: 's3', customerId: 'c', start: '2026-01-20', end: '2026-05-01', amount: '30', interval: 'month' },
    { id: 's4', customerId: 'd', start: '2026-02-03', amount: '600', interval: 'year' },
    { id: 's5', customerId: 'e', start: '2026-02-10', end: '2026-04-01', amount: '20', interval: 'month' },
    { id: 's6', customerId: 'f', start: '2026-04-10', amount: '80', interval: 'month' },
  ],
};
const cohorts = buildReport(dataset, { from: '2026-01', to: '2026-06' }).cohorts;

const cohort = (fields: Partial<CohortRow> & Pick<CohortRow, 'cohort'>): CohortRow => ({
  customers: 1,
  mrr: 10,
  logoRetention: [1],
  revenueRetention: [1],
  retainedCustomers: [1],
  retainedMrr: [10],
  ...fields,
});

describe('cohortRetentionAverage', () => {
  it('is 100 % at month 0 and as long as the longest cohort', () => {
    for (const measure of ['logo', 'revenue'] as const) {
      const average = cohortRetentionAverage(cohorts, { measure });
      expect(average[0]).toBe(1);
      expect(average).toHaveLength(Math.max(...cohorts.map((row) => row.logoRetention.length)));
    }
  });

  it('weights logo retention by customers, over the cohorts that reached month k', () => {
    const average = cohortRetentionAverage(cohorts, { measure: 'logo' });
    for (let k = 0; k < average.length; k += 1) {
      const reached = cohorts.filter((row) => row.logoRetention.length > k);
      const retained = reached.reduce((sum, row) => sum + row.logoRetention[k]! * row.customers, 0);
      const size = reached.reduce((sum, row) => sum + row.customers, 0);
      expect(average[k]).toBeCloseTo(retained / size, 12);
    }
  });

  it('weights revenue retention by starting MRR', () => {
    const rows = [
      cohort({ cohort: '2026-01', mrr: 300, revenueRetention: [1, 0.5, 0.5] }),
      cohort({ cohort: '2026-02', mrr: 100, revenueRetention: [1, 1.5] }),
    ];
    expect(cohortRetentionAverage(rows, { measure: 'revenue' })).toEqual([1, 0.75, 0.5]);
  });

  it('returns null at month k when the weights sum to 0 (zero denominator)', () => {
    const zero = cohort({ cohort: '2026-01', customers: 0, mrr: 0, logoRetention: [1, 0], revenueRetention: [1, 0] });
    expect(cohortRetentionAverage([zero], { measure: 'revenue' })).toEqual([null, null]);
    expect(cohortRetentionAverage([zero], { measure: 'logo' })).toEqual([null, null]);
    const sized = cohort({ cohort: '2026-02', customers: 2, mrr: 20 });
    expect(cohortRetentionAverage([zero, sized], { measure: 'revenue' })).toEqual([1, null]);
  });

  it('returns an empty row for no cohorts (zero denominator)', () => {
    expect(cohortRetentionAverage([], { measure: 'logo' })).toEqual([]);
  });

  it('throws a RangeError for an unknown measure, a non-finite retention or a negative weight', () => {
    expect(() => cohortRetentionAverage(cohorts, { measure: 'seats' as 'logo' })).toThrow(RangeError);
    expect(() => cohortRetentionAverage([cohort({ cohort: '2026-01', logoRetention: [1, Number.NaN] })], { measure: 'logo' })).toThrow(/non-finite logo retention at month 1/);
    expect(() => cohortRetentionAverage([cohort({ cohort: '2026-01', mrr: -5 })], { measure: 'revenue' })).toThrow(/mrr -5/);
  });
  describe('with unfinishedMonth', () => {
    // Three cohorts; October 2026 is in progress, so the cells on the latest
    // diagonal (01 at k = 2, 02 at k = 1, 03 at k = 0) are immature.
    const rows = [
      cohort({ cohort: '2026-08', customers: 10, mrr: 100, logoRetention: [1, 0.9, 0.2], revenueRetention: [1, 0.8, 0.1] }),
      cohort({ cohort: '2026-09', customers: 30, mrr: 300, logoRetention: [1, 0.1], revenueRetention: [1, 0.2] }),
      cohort({ cohort: '2026-10', customers: 5, mrr: 50, logoRetention: [0.4], revenueRetention: [0.4] }),
    ];

    it('skips each cohort\'s immature cell, so the latest diagonal is not understated', () => {
      // Without the option, the immature 10 % of 2026-09 drags month 1 down: (9 + 3) ÷ 40.
      expect(cohortRetentionAverage(rows, { measure: 'logo' })[1]).toBeCloseTo(0.3, 12);
      expect(cohortRetentionAverage(rows, { measure: 'logo', unfinishedMonth: '2026-10' })).toEqual([1, 0.9, null]);
      expect(cohortRetentionAverage(rows, { measure: 'revenue', unfinishedMonth: '2026-10' })).toEqual([1, 0.8, null]);
    });

    it('counts every cell of a cohort whose months are all finished', () => {
      expect(cohortRetentionAverage(rows, { measure: 'logo', unfinishedMonth: '2026-11' })).toEqual(cohortRetentionAverage(rows, { measure: 'logo' }));
      expect(cohortRetentionAverage(rows, { measure: 'logo', unfinishedMonth: '2026-07' })).toEqual(cohortRetentionAverage(rows, { measure: 'logo' }));
    });

    it('returns null at a month whose every cell is immature (zero denominator)', () => {
      expect(cohortRetentionAverage([rows[2]!], { measure: 'logo', unfinishedMonth: '2026-10' })).toEqual([null]);
    });

    it('throws a RangeError for a malformed unfinishedMonth or cohort month', () => {
      expect(() => cohortRetentionAverage(rows, { measure: 'logo', unfinishedMonth: '2026-13' })).toThrow(RangeError);
      expect(() => cohortRetentionAverage([cohort({ cohort: 'Oct' })], { measure: 'logo', unfinishedMonth: '2026-10' })).toThrow(/cohortImmatureMonths: cohort must be a month as YYYY-MM, got "Oct"/);
    });
  });
});
