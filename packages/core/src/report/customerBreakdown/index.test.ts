import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from '../../_lib/test-support/datasetArbitrary.js';
import { RevkitValidationError } from '../../engine/errors/index.js';
import { formatMonth, parseMonth } from '../../engine/month/index.js';
import type { BillingInterval, Dataset, MrrMovement, Subscription } from '../../types.js';
import { buildReport } from '../buildReport/index.js';
import { customerBreakdown } from './index.js';

const MOVEMENTS: MrrMovement[] = ['new', 'expansion', 'reactivation', 'contraction', 'churn'];
const cents = (value: number) => Math.round(value * 100);
const sumCents = (rows: { amount: number }[]) => rows.reduce((sum, row) => sum + cents(row.amount), 0);

const sub = (id: string, customerId: string, start: string, end: string | null, amount: string, interval: BillingInterval = 'month'): Subscription => ({
  id,
  customerId,
  start,
  end,
  amount,
  interval,
});

/** Four customers over spring 2024: a churn, an expansion, a new one and a win-back. */
const dataset: Dataset = {
  currency: 'EUR',
  subscriptions: [
    sub('s1', 'alice', '2024-01-05T00:00:00Z', '2024-03-10T00:00:00Z', '100.00'),
    sub('s2', 'bob', '2024-01-20T00:00:00Z', null, '50.00'),
    sub('s3', 'bob', '2024-03-02T00:00:00Z', null, '25.00'),
    sub('s4', 'carol', '2024-03-15T00:00:00Z', null, '1000', 'year'),
    sub('s5', 'dave', '2024-01-02T00:00:00Z', '2024-02-01T00:00:00Z', '10.00'),
    sub('s6', 'dave', '2024-03-20T00:00:00Z', null, '12.00'),
  ],
};

describe('customerBreakdown', () => {
  it('lists the churned customers of a month with their MRR before and after, summing to the report', () => {
    const churn = customerBreakdown(dataset, { figure: 'churn', month: '2024-03' });
    expect(churn.customers).toEqual([{ customerId: 'alice', before: 100, after: 0, amount: -100, paying: false }]);
    const row = buildReport(dataset).mrr.find((r) => r.month === '2024-03');
    expect(churn.total).toBe(row?.churn);
  });

  it('tells new from reactivated customers and expansion from both', () => {
    expect(customerBreakdown(dataset, { figure: 'new', month: '2024-03' }).customers.map((r) => [r.customerId, r.amount])).toEqual([['carol', 83.33]]);
    expect(customerBreakdown(dataset, { figure: 'reactivation', month: '2024-03' }).customers).toEqual([
      { customerId: 'dave', before: 0, after: 12, amount: 12, paying: true },
    ]);
    expect(customerBreakdown(dataset, { figure: 'expansion', month: '2024-03' }).customers).toEqual([
      { customerId: 'bob', before: 50, after: 75, amount: 25, paying: true },
    ]);
  });

  it("lists a month's paying customers for its MRR, largest first", () => {
    const mrr = customerBreakdown(dataset, { figure: 'mrr', month: '2024-03' });
    expect(mrr.customers.map((r) => r.customerId)).toEqual(['carol', 'bob', 'dave']);
    expect(mrr.total).toBe(170.33);
    expect(sumCents(mrr.customers)).toBe(17033);
  });

  it('sums a movement over a range of months, customer by customer', () => {
    const newOverQuarter = customerBreakdown(dataset, { figure: 'new', from: '2024-01', to: '2024-03' });
    expect(newOverQuarter.customers.map((r) => r.customerId)).toEqual(['alice', 'carol', 'bob', 'dave']);
    expect(newOverQuarter.from).toBe('2024-01');
    expect(newOverQuarter.to).toBe('2024-03');
  });

  it('apportions cents so the rows sum exactly to the rounded figure when every part has a third of a cent', () => {
    const thirds: Dataset = {
      currency: 'EUR',
      subscriptions: ['a', 'b', 'c'].map((c, i) => sub(`s${i}`, c, '2024-01-01T00:00:00Z', null, '0.04', 'year')),
    };
    const mrr = customerBreakdown(thirds, { figure: 'mrr', month: '2024-01' });
    // Each customer pays 0.00333… a month; the three together 0.01.
    expect(mrr.total).toBe(0.01);
    expect(sumCents(mrr.customers)).toBe(1);
    expect(mrr.customers.map((r) => r.amount)).toEqual([0.01, 0, 0]);
  });

  it('lists every member of a cohort cell, lost ones at zero, retained MRR as the total', () => {
    const cell = customerBreakdown(dataset, { figure: 'cohort', cohort: '2024-01', monthsSince: 2 }, { from: '2024-01', to: '2024-03' });
    expect(cell.customers).toEqual([
      { customerId: 'bob', before: 50, after: 75, amount: 75, paying: true },
      { customerId: 'dave', before: 10, after: 12, amount: 12, paying: true },
      { customerId: 'alice', before: 100, after: 0, amount: 0, paying: false },
    ]);
    const cohort = buildReport(dataset, { from: '2024-01', to: '2024-03' }).cohorts.find((c) => c.cohort === '2024-01');
    expect(cell.customers.length).toBe(cohort?.customers);
    expect(cell.customers.filter((r) => r.paying).length / cell.customers.length).toBe(cohort?.logoRetention[2]);
  });

  it('refuses a month after the report range: it was not known then', () => {
    expect(() => customerBreakdown(dataset, { figure: 'churn', month: '2024-05' }, { to: '2024-03' })).toThrow(
      /detail\.month: must not be after the report's last month 2024-03/,
    );
  });

  it('reports every bad part of a selection with its path', () => {
    try {
      customerBreakdown(dataset, { figure: 'cohort', cohort: '2024-13', monthsSince: -1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RevkitValidationError);
      expect((error as RevkitValidationError).issues.map((issue) => issue.path)).toEqual(['detail.cohort', 'detail.monthsSince']);
    }
    expect(() => customerBreakdown(dataset, { figure: 'arr' as 'mrr', month: '2024-01' })).toThrow(/detail\.figure: must be one of mrr, new/);
  });

  it('gives an empty list and a zero total for a month without the movement (no division, no NaN)', () => {
    const none = customerBreakdown(dataset, { figure: 'contraction', month: '2024-03' });
    expect(none).toMatchObject({ total: 0, customers: [] });
  });

  it('equals the report for every month and movement, and its rows sum to the figure, on random datasets', () => {
    fc.assert(
      fc.property(datasetArbitrary, (data) => {
        if ((data.subscriptions ?? []).length === 0) return;
        const report = buildReport(data);
        for (const row of report.mrr) {
          for (const figure of MOVEMENTS) {
            const breakdown = customerBreakdown(data, { figure, month: row.month });
            expect(breakdown.total).toBe(row[figure]);
            expect(sumCents(breakdown.customers)).toBe(cents(row[figure]));
          }
          const mrr = customerBreakdown(data, { figure: 'mrr', month: row.month });
          expect(mrr.total).toBe(row.mrr);
          expect(mrr.customers.length).toBe(row.customers);
          expect(sumCents(mrr.customers)).toBe(cents(row.mrr));
        }
        for (const cohort of report.cohorts) {
          const start = parseMonth(cohort.cohort) as number;
          cohort.logoRetention.forEach((retention, k) => {
            const cell = customerBreakdown(data, { figure: 'cohort', cohort: formatMonth(start), monthsSince: k });
            expect(cell.customers.length).toBe(cohort.customers);
            expect(cell.customers.filter((r) => r.paying).length / cohort.customers).toBeCloseTo(retention, 12);
            if (k === 0) expect(cell.total).toBe(cohort.mrr);
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
