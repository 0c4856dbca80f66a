import { buildReport, parseInstant, validateDataset, type Dataset, type Report } from '@revkit/core';
import { describe, expect, it } from 'vitest';
import { generateDataset } from './index.js';

const medium = generateDataset({ seed: 7, customers: 3000, months: 48, start: '2022-01' });
const mediumReport: Report = buildReport(medium, { from: '2022-01', to: '2025-12' });

describe('generateDataset', () => {
  it.each([
    [1, 10, 1, '2024-06'],
    [2, 10, 60, '2020-01'],
    [3, 250, 12, '2023-12'],
    [-99, 2000, 36, '2021-03'],
    [2 ** 40, 5000, 60, '2019-07'],
  ])('passes validateDataset (seed %d, %d customers, %d months from %s)', (seed, customers, months, start) => {
    const dataset = generateDataset({ seed, customers, months, start });
    expect(() => validateDataset(dataset)).not.toThrow();
    expect(new Set(dataset.subscriptions!.map((s) => s.customerId)).size).toBe(customers);
  });

  it('gives byte-identical data for the same options', () => {
    const options = { seed: 123, customers: 800, months: 24, start: '2024-01' };
    expect(JSON.stringify(generateDataset(options))).toBe(JSON.stringify(generateDataset(options)));
  });

  it('gives different data for a different seed', () => {
    const a = generateDataset({ seed: 1, customers: 200, months: 24, start: '2024-01' });
    const b = generateDataset({ seed: 2, customers: 200, months: 24, start: '2024-01' });
    expect(JSON.stringify(a.subscriptions)).not.toBe(JSON.stringify(b.subscriptions));
  });

  it('keeps every instant inside the months covered', () => {
    const first = Date.UTC(2022, 0, 1);
    const end = Date.UTC(2026, 0, 1);
    const inside = (text: string | null | undefined): boolean => {
      if (text === null || text === undefined) return true;
      const instant = parseInstant(text) as number;
      return instant >= first && instant < end;
    };
    expect(medium.subscriptions!.every((s) => inside(s.start) && inside(s.end))).toBe(true);
    expect(medium.deals!.every((d) => inside(d.createdAt) && inside(d.closedAt))).toBe(true);
    expect(medium.surveys!.every((s) => inside(s.at))).toBe(true);
  });

  it('mixes monthly, quarterly, semiannual and annual plans, seats and discounts', () => {
    const subs = medium.subscriptions!;
    const billing = new Set(subs.map((s) => `${s.interval}/${s.intervalCount}`));
    expect(billing).toEqual(new Set(['month/1', 'quarter/1', 'month/6', 'year/1']));
    expect(new Set(subs.map((s) => s.amount)).size).toBeGreaterThan(20);
    expect(subs.some((s) => Number(s.quantity) > 10)).toBe(true);
    expect(subs.some((s) => Number(s.discount) > 0)).toBe(true);
  });

  it('prices in two currencies with an fx rate for the second', () => {
    expect(medium.currency).toBe('EUR');
    expect(medium.fxRates).toEqual({ USD: '0.92' });
    const currencies = new Set(medium.subscriptions!.map((s) => s.currency));
    expect(currencies).toEqual(new Set(['EUR', 'USD']));
  });

  it('starts some customers with a zero-amount trial followed at once by a paid subscription', () => {
    const subs = medium.subscriptions!;
    const trials = subs.filter((s) => s.amount === '0');
    expect(trials.length).toBeGreaterThan(100);
    const next = new Map(subs.map((s) => [`${s.customerId}@${s.start}`, s]));
    const converted = trials.filter((t) => {
      const paid = next.get(`${t.customerId}@${t.end}`);
      return paid !== undefined && Number(paid.amount) > 0;
    });
    expect(converted.length).toBe(trials.length);
  });

  it('shows new, expansion, contraction, churn and reactivation in the report', () => {
    const total = (field: 'new' | 'expansion' | 'reactivation' | 'contraction' | 'churn'): number =>
      mediumReport.mrr.reduce((sum, row) => sum + row[field], 0);
    expect(total('new')).toBeGreaterThan(0);
    expect(total('expansion')).toBeGreaterThan(0);
    expect(total('reactivation')).toBeGreaterThan(0);
    expect(total('contraction')).toBeLessThan(0);
    expect(total('churn')).toBeLessThan(0);
    expect(mediumReport.mrr.some((row) => row.reactivatedCustomers > 0)).toBe(true);
  });

  it('churns a plausible share of customers each month (0.5 % to 8 %) and grows MRR', () => {
    const later = mediumReport.mrr.slice(12);
    for (const row of later) {
      expect(row.customerChurnRate).toBeGreaterThan(0.005);
      expect(row.customerChurnRate).toBeLessThan(0.08);
    }
    expect(mediumReport.mrr.at(-1)!.mrr).toBeGreaterThan(mediumReport.mrr[12]!.mrr);
  });

  it('has fewer signups in August and December than in January and October', () => {
    const newIn = (month: string): number =>
      mediumReport.mrr.filter((row) => row.month.endsWith(month)).reduce((sum, row) => sum + row.newCustomers, 0);
    expect(newIn('-08')).toBeLessThan(newIn('-01'));
    expect(newIn('-12')).toBeLessThan(newIn('-10'));
  });

  it('has open, won and lost deals with owners and stages, closed no earlier than created', () => {
    const deals = medium.deals!;
    expect(new Set(deals.map((d) => d.status))).toEqual(new Set(['open', 'won', 'lost']));
    for (const deal of deals) {
      expect(deal.owner).toBeTruthy();
      expect(deal.stage).toBeTruthy();
      if (deal.status === 'open') expect(deal.closedAt).toBeNull();
      else expect(parseInstant(deal.closedAt)).toBeGreaterThanOrEqual(parseInstant(deal.createdAt) as number);
    }
    expect(mediumReport.sales.winRate).toBeGreaterThan(0.2);
    expect(mediumReport.sales.winRate).toBeLessThan(0.8);
  });

  it('has a monotone funnel ending at the customer count', () => {
    const counts = medium.funnel!.map((s) => s.count);
    expect(medium.funnel!.map((s) => s.stage)).toEqual(['Visitors', 'Leads', 'MQL', 'SQL', 'Opportunities', 'Customers']);
    expect(counts.at(-1)).toBe(3000);
    for (let k = 1; k < counts.length; k++) expect(counts[k]!).toBeLessThanOrEqual(counts[k - 1]!);
  });

  it('has CSAT, NPS and CES answers in range with a plausible NPS', () => {
    const scales = { csat: [1, 5], nps: [0, 10], ces: [1, 7] } as const;
    for (const survey of medium.surveys!) {
      const [min, max] = scales[survey.type];
      expect(survey.score >= min && survey.score <= max && Number.isInteger(survey.score)).toBe(true);
    }
    const { satisfaction } = mediumReport;
    expect(satisfaction.csatResponses * satisfaction.npsResponses * satisfaction.cesResponses).toBeGreaterThan(0);
    expect(satisfaction.nps).toBeGreaterThan(0);
    expect(satisfaction.nps).toBeLessThan(60);
  });

  it('rejects bad options naming the option', () => {
    expect(() => generateDataset({ seed: 1, customers: 5, months: 12, start: '2024-01' })).toThrow(/options\.customers/);
    expect(() => generateDataset({ seed: 1, customers: 50, months: 12, start: 'Jan 2024' })).toThrow(/options\.start/);
  });

  // A guard against a hang, not a speed check (the bench times generation): generation alone takes
  // about 15 s, but CI runs every package's tests at once on 2 cores and this took 173 s under that load.
  it('generates a million customers', { timeout: 600_000 }, () => {
    const dataset: Dataset = generateDataset({ seed: 1, customers: 1_000_000, months: 60, start: '2021-01' });
    const subs = dataset.subscriptions!;
    expect(subs[0]!.customerId).toBe('cus_1');
    expect(subs.at(-1)!.customerId).toBe('cus_1000000');
    expect(dataset.funnel!.at(-1)!.count).toBe(1_000_000);
  });
});
