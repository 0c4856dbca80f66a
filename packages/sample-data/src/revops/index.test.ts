import { buildReport, buildRevOpsReport, validateDataset } from '@revkit/core';
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../defaultDataset/index.js';
import { generateDataset } from '../generateDataset/index.js';

const small = { seed: 3, customers: 300, months: 24, start: '2024-01' } as const;

describe('RevOps sections of the generator', () => {
  it('give the default dataset a CLV:CAC, a CAC and a cost per lead', () => {
    const report = buildRevOpsReport(defaultDataset());
    expect(report.finance?.clvToCacRatio).toEqual(expect.any(Number));
    expect(report.marketing?.customerAcquisitionCost).toEqual(expect.any(Number));
    expect(report.marketing?.costPerLead).toEqual(expect.any(Number));
    expect(report.finance!.clvToCacRatio!).toBeGreaterThan(0);
  });

  it('are valid, and the contract report is the same with or without them', () => {
    const withRevOps = generateDataset(small);
    const without = generateDataset({ ...small, revops: false });
    expect(() => validateDataset(withRevOps)).not.toThrow();
    expect(without.costs).toBeUndefined();
    expect(without.leads).toBeUndefined();
    expect(withRevOps.subscriptions).toEqual(without.subscriptions);
    expect(withRevOps.funnel).toEqual(without.funnel);
    expect(buildReport(withRevOps)).toEqual(buildReport(without));
  });

  it('hold costs for every month in the four operating categories', () => {
    const dataset = generateDataset(small);
    const months = new Set(dataset.costs!.map((cost) => cost.month));
    expect(months.size).toBe(small.months);
    expect(new Set(dataset.costs!.map((cost) => cost.category))).toEqual(new Set(['marketing', 'sales', 'service', 'operations']));
  });

  it('give every customer of the lead window one converted lead, owned by its won deal’s owner when sales-led', () => {
    const dataset = generateDataset(small);
    const converted = dataset.leads!.filter((lead) => lead.reached.customer);
    const dealOwners = new Set(dataset.deals!.map((deal) => deal.owner));
    expect(converted.length).toBeGreaterThan(0);
    for (const lead of converted) expect(dealOwners.has(lead.owner!)).toBe(true);
    // Stage counts shrink down the funnel, roughly in the funnel section's proportions.
    const reached = (stage: 'lead' | 'mql' | 'sql' | 'opportunity' | 'customer') => dataset.leads!.filter((lead) => lead.reached[stage]).length;
    const funnel = Object.fromEntries(dataset.funnel!.map((stage) => [stage.stage, stage.count]));
    expect(reached('mql') / reached('lead')).toBeCloseTo(funnel.MQL! / funnel.Leads!, 1);
    expect(reached('customer')).toBeLessThan(reached('opportunity'));
  });

  it('stay bounded at 100 k customers (leads, activities, usage)', () => {
    const dataset = generateDataset({ seed: 1, customers: 100_000, months: 60, start: '2021-01' });
    expect(dataset.leads!.length).toBeLessThanOrEqual(10_500);
    expect(dataset.activities!.length).toBeLessThan(10_000);
    expect(dataset.usage!.length).toBeLessThan(10_000);
    expect(new Set(dataset.usage!.map((event) => event.customerId)).size).toBeLessThanOrEqual(20);
  });

  it('can be sized, and rejects bad sizes naming the option', () => {
    const dataset = generateDataset({ ...small, revops: { recentMonths: 3, maxLeads: 500, usageCustomers: 2 } });
    expect(dataset.leads!.length).toBeLessThanOrEqual(600);
    expect(new Set(dataset.usage!.map((event) => event.customerId)).size).toBeLessThanOrEqual(2);
    expect(() => validateDataset(dataset)).not.toThrow();
    expect(() => generateDataset({ ...small, revops: { recentMonths: 0 } })).toThrow(/options\.revops\.recentMonths/);
    expect(() => generateDataset({ ...small, revops: { maxLeads: 1.5 } })).toThrow(/options\.revops\.maxLeads/);
  });

  it('are valid for the smallest and a one-month dataset', () => {
    for (const options of [{ seed: 9, customers: 10, months: 1, start: '2024-02' }, { seed: 9, customers: 10, months: 3, start: '2024-12' }]) {
      expect(() => validateDataset(generateDataset(options))).not.toThrow();
    }
  });
});
