import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../types.js';
import { buildRevOpsReport } from './index.js';

/** The seeds' definitions in the RevOps report, on small datasets worked by hand. */
describe("buildRevOpsReport: the seeds' definitions", () => {
  const monthly = (id: string, start: string, amount: number, end?: string, customerId = id) => ({ id, customerId, start, end: end ?? null, amount, interval: 'month' as const });

  it('burn is operating costs only: exceptional and financing costs are left out of gross burn, net burn and the burn multiple', () => {
    const dataset: Dataset = {
      currency: 'EUR',
      subscriptions: [monthly('a', '2024-01-01', 1000), monthly('b', '2024-02-01', 1000)],
      costs: [
        { month: '2024-01', category: 'sales', amount: 3000 },
        { month: '2024-01', category: 'exceptional', amount: 50000 },
        { month: '2024-02', category: 'operations', amount: 2500 },
        { month: '2024-02', category: 'financing', amount: 800 },
      ],
    };
    const { finance } = buildRevOpsReport(dataset, { from: '2024-01', to: '2024-02' });
    expect(finance.months.map((month) => [month.operatingCosts, month.netBurn])).toEqual([
      [3000, 2000],
      [2500, 500],
    ]);
    expect(finance.grossBurn).toBe(5500);
    // 5500 − (1000 + 2000) revenue; net new ARR = 12 × 2000.
    expect(finance.netBurn).toBe(2500);
    expect(finance.burnMultiple).toBeCloseTo(2500 / 24000, 12);
  });

  it('NRR and GRR over the trailing 12 months and over the range', () => {
    const dataset: Dataset = {
      currency: 'EUR',
      subscriptions: [
        monthly('g1', '2023-01-01', 100, '2023-07-01', 'grows'),
        monthly('g2', '2023-07-01', 150, undefined, 'grows'),
        monthly('leaves', '2023-01-01', 100, '2023-09-01'),
        monthly('new', '2023-06-01', 999),
      ],
    };
    const { finance } = buildRevOpsReport(dataset, { from: '2023-07', to: '2024-01' });
    // Paying at the end of 2023-01 (12 months before 2024-01): grows 100 → 150, leaves 100 → 0.
    expect(finance.revenueRetention.trailing12Months).toEqual({ from: '2023-02', to: '2024-01', nrr: 0.75, grr: 0.5 });
    // Paying at the end of 2023-06: grows, leaves, new (999 → 999).
    expect(finance.revenueRetention.range.nrr).toBeCloseTo(1149 / 1199, 12);
    expect(finance.revenueRetention.range.grr).toBeCloseTo(1099 / 1199, 12);
  });

  it('ARPA over the range and by calendar quarter and semester: revenue ÷ average accounts', () => {
    const dataset: Dataset = {
      currency: 'EUR',
      subscriptions: [monthly('a', '2024-01-01', 100), monthly('b', '2024-03-01', 300)],
    };
    const { finance } = buildRevOpsReport(dataset, { from: '2024-02', to: '2024-04' });
    // Feb: 100 (1 account); Mar, Apr: 400 (2). Revenue 900 ÷ mean 5/3 accounts = 540.
    expect(finance.arpa.range).toBe(540);
    expect(finance.arpa.quarters).toEqual([
      { period: '2024-Q1', from: '2024-02', to: '2024-03', arpa: 333.33 },
      { period: '2024-Q2', from: '2024-04', to: '2024-04', arpa: 200 },
    ]);
    expect(finance.arpa.semesters).toEqual([{ period: '2024-H1', from: '2024-02', to: '2024-04', arpa: 540 }]);
  });

  it('retention rate is 1 − churn rate, next to the acquisition rate', () => {
    const dataset: Dataset = {
      currency: 'EUR',
      subscriptions: [monthly('a', '2024-01-01', 10), monthly('b', '2024-01-01', 10, '2024-02-10'), monthly('c', '2024-01-01', 10), monthly('d', '2024-02-05', 10)],
    };
    const february = buildRevOpsReport(dataset, { from: '2024-02', to: '2024-02' }).customerSuccess.months[0]!;
    expect(february).toMatchObject({ logoChurnRate: 1 / 3, retentionRate: 2 / 3, acquisitionRate: 1 / 3 });
  });

  it('cumulative bookings since the first deal, the sales cycle from the lead, and yield ÷ cost per rep', () => {
    const dataset: Dataset = {
      currency: 'EUR',
      leads: [{ id: 'l1', reached: { lead: '2023-12-02' } }],
      deals: [
        { id: 'old', createdAt: '2020-01-01', closedAt: '2020-02-01', status: 'won', amount: 5000, owner: 'alice' },
        { id: 'a', leadId: 'l1', createdAt: '2024-01-01', closedAt: '2024-01-31', status: 'won', amount: 9000, owner: 'alice' },
        { id: 'b', createdAt: '2024-01-11', closedAt: '2024-01-31', status: 'won', amount: 3000, owner: 'alice' },
      ],
      costs: [{ month: '2024-01', category: 'sales', amount: 4000, owner: 'alice' }],
    };
    const sales = buildRevOpsReport(dataset, { from: '2024-01', to: '2024-01' }).sales!;
    expect(sales.cumulativeBookings).toEqual({ count: 3, value: 17000 });
    // a: Dec 2 → Jan 31 = 60 days; b: 20 days.
    expect(sales.salesCycle).toEqual({ deals: 2, fromLead: 1, days: 40, months: (40 * 12) / 365 });
    expect(sales.owners.find((owner) => owner.owner === 'alice')).toMatchObject({ bookings: 12000, repYield: 8000, yieldMultiple: 3 });
  });
});
