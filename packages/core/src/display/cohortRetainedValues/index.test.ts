import { describe, expect, it } from 'vitest';
import { computeLedger } from '../../engine/ledger/index.js';
import { parseMonthRange } from '../../engine/month/index.js';
import { roundQuotient } from '../../engine/exact/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { buildReport } from '../../report/buildReport/index.js';
import type { CohortRow, Dataset } from '../../types.js';
import { cohortRetainedValues } from './index.js';

const dataset: Dataset = {
  currency: 'EUR',
  subscriptions: [
    { id: 's1', customerId: 'a', start: '2026-01-01', amount: '100', interval: 'month' },
    { id: 's2', customerId: 'b', start: '2026-01-01', end: '2026-03-01', amount: '50', interval: 'month' },
    { id: 's3', customerId: 'c', start: '2026-01-20', end: '2026-05-01', amount: '33.33', interval: 'month' },
    { id: 's4', customerId: 'a', start: '2026-03-05', amount: '19.99', interval: 'month' },
  ],
};
const range = { from: '2026-01', to: '2026-06' } as const;
const january = buildReport(dataset, range).cohorts[0]!;

describe('cohortRetainedValues', () => {
  it('counts the customers still paying as exact integers', () => {
    expect(january.customers).toBe(3);
    expect(cohortRetainedValues(january, { measure: 'logo' })).toEqual([3, 3, 2, 2, 1, 1]);
  });

  it('gives the cohort MRR in money, rounded to cents', () => {
    const values = cohortRetainedValues(january, { measure: 'revenue' });
    expect(values).toEqual([183.33, 183.33, 153.32, 153.32, 119.99, 119.99]);
    expect(values[0]).toBe(january.mrr);
  });

  it('reads the exact figures the report carries, equal to the ledger’s numerators', () => {
    const ledger = computeLedger(validateDataset(dataset).subscriptions, parseMonthRange(range));
    const exact = ledger.cohorts[0]!;
    expect(cohortRetainedValues(january, { measure: 'logo' })).toEqual(exact.retained);
    expect(cohortRetainedValues(january, { measure: 'revenue' })).toEqual(exact.mrr.map((mrr) => roundQuotient(mrr, ledger.denominator)));
  });

  it('never rebuilds a figure from the ratios', () => {
    // Ratios that would round to other counts: the carried figures win.
    const row: CohortRow = {
      cohort: '2026-01',
      customers: 3,
      mrr: 0.03,
      logoRetention: [1, 2 / 3, 1 / 3],
      revenueRetention: [1, 2 / 3, 1 / 3],
      retainedCustomers: [3, 2, 1],
      retainedMrr: [0.03, 0.02, 0.01],
    };
    expect(cohortRetainedValues({ ...row, retainedCustomers: [3, 1, 0] }, { measure: 'logo' })).toEqual([3, 1, 0]);
    expect(cohortRetainedValues(row, { measure: 'revenue' })).toEqual([0.03, 0.02, 0.01]);
  });

  it('gives zeros for a cohort of no customers or no MRR (zero denominator)', () => {
    const empty: CohortRow = { cohort: '2026-01', customers: 0, mrr: 0, logoRetention: [0, 0], revenueRetention: [0, 0], retainedCustomers: [0, 0], retainedMrr: [0, 0] };
    expect(cohortRetainedValues(empty, { measure: 'logo' })).toEqual([0, 0]);
    expect(cohortRetainedValues(empty, { measure: 'revenue' })).toEqual([0, 0]);
  });

  it('has one value per month the cohort reached, none beyond', () => {
    expect(cohortRetainedValues(january, { measure: 'logo' })).toHaveLength(january.logoRetention.length);
    expect(cohortRetainedValues(january, { measure: 'logo' })[99]).toBeUndefined();
  });

  it('throws a RangeError for an unknown measure, a non-finite retention or missing or invalid retained values', () => {
    expect(() => cohortRetainedValues(january, { measure: 'seats' as 'logo' })).toThrow(RangeError);
    expect(() => cohortRetainedValues({ ...january, revenueRetention: [1, Number.POSITIVE_INFINITY] }, { measure: 'revenue' })).toThrow(RangeError);
    expect(() => cohortRetainedValues({ ...january, retainedCustomers: [3, 2.5, 2, 2, 1, 1] }, { measure: 'logo' })).toThrow(/retainedCustomers\[1\] 2.5/);
    expect(() => cohortRetainedValues({ ...january, retainedMrr: [1] }, { measure: 'revenue' })).toThrow(/no retainedMrr as long as its revenue retention/);
    const withoutCounts: Partial<CohortRow> = { ...january };
    delete withoutCounts.retainedCustomers;
    expect(() => cohortRetainedValues(withoutCounts as CohortRow, { measure: 'logo' })).toThrow(/no retainedCustomers/);
  });
});
