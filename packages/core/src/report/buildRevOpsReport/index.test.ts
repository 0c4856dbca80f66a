import { describe, expect, it } from 'vitest';
import { buildReport } from '../buildReport/index.js';
import { RevkitValidationError } from '../../engine/errors/index.js';
import { nonFiniteNumbers } from '../../_lib/test-support/allFinite.js';
import { buildRevOpsReport, type RevOpsReportOptions } from './index.js';

const contractPart = {
  currency: 'EUR',
  subscriptions: [
    { id: 'a', customerId: 'a', start: '2023-12-01', amount: '100', interval: 'month' },
    { id: 'b', customerId: 'b', start: '2024-01-10', end: '2024-03-01', amount: '50', interval: 'month' },
    { id: 'c', customerId: 'c', start: '2024-02-01', amount: '200', interval: 'month' },
  ],
  deals: [
    { id: 'd1', createdAt: '2024-01-01', closedAt: '2024-01-11', status: 'won', amount: '1000', stage: 'Negotiation', owner: 'alice' },
    { id: 'd2', createdAt: '2024-01-01', closedAt: '2024-02-01', status: 'lost', amount: '500', stage: 'Discovery', owner: 'bob' },
    { id: 'd3', createdAt: '2024-02-15', status: 'open', amount: '2000', stage: 'Negotiation', owner: 'alice' },
  ],
};

const dataset = {
  ...contractPart,
  costs: [
    { month: '2024-01', category: 'marketing', amount: '300' },
    { month: '2024-01', category: 'sales', amount: '500', owner: 'alice', label: 'salary' },
    { month: '2024-02', category: 'marketing', amount: '200' },
    { month: '2024-03', category: 'service', amount: '100' },
    { month: '2024-03', category: 'financing', amount: '1000' },
  ],
  leads: [
    { id: 'l1', reached: { lead: '2024-01-05', customer: '2024-01-10' }, source: 'web', owner: 'alice' },
    { id: 'l2', reached: { lead: '2024-02-01' }, source: 'ads', owner: 'alice' },
    { id: 'l3', reached: { lead: '2023-12-01' }, source: 'web' },
  ],
  activities: [
    { date: '2024-01-02', owner: 'alice', type: 'call', count: 10 },
    { date: '2024-01-03', owner: 'alice', type: 'call', count: 20 },
    { date: '2024-01-03', owner: 'alice', type: 'demo' },
  ],
  usage: [
    { customerId: 'a', date: '2024-01-05', event: 'login', count: 10 },
    { customerId: 'b', date: '2024-01-06', event: 'login' },
  ],
  employeeSurveys: [
    { score: 10, at: '2024-02-01' },
    { score: 9, at: '2024-02-02' },
    { score: 3, at: '2024-02-03' },
  ],
};

const range = { from: '2024-01', to: '2024-03' };

describe('buildRevOpsReport', () => {
  const report = buildRevOpsReport(dataset, { ...range, committedBookings: '5000' });

  it('computes the marketing figures from costs, subscriptions and leads', () => {
    expect(report.marketing).toEqual({
      acquisitionSpend: 1000,
      newCustomers: 2,
      customerAcquisitionCost: 500,
      cacByMonth: [
        { month: '2024-01', spend: 800, newCustomers: 1, customerAcquisitionCost: 800 },
        { month: '2024-02', spend: 200, newCustomers: 1, customerAcquisitionCost: 200 },
        { month: '2024-03', spend: 0, newCustomers: 0, customerAcquisitionCost: null },
      ],
      cacPaybackMonths: 4,
      leads: 2,
      costPerLead: 250,
      leadSources: [
        { source: 'ads', leads: 1, customers: 0, conversion: 0 },
        { source: 'web', leads: 1, customers: 1, conversion: 1 },
      ],
    });
  });

  it('computes the sales figures per owner and the bookings forecast', () => {
    const sales = report.sales!;
    expect(sales.bookings).toEqual({ count: 1, value: 1000 });
    expect(sales.opportunitiesCreated).toBe(3);
    expect(sales.opportunityCost).toBe(333.33);
    expect(sales.owners).toEqual([
      {
        owner: 'alice', wonDeals: 1, lostDeals: 0, winRate: 1, averageSalesCycleDays: 10, bookings: 1000, repCosts: 500, repYield: 500, yieldMultiple: 2,
        leads: 2, demos: 1, demoConversion: 0.5, dealConversion: 0.5, calls: 30, activeDays: 2, callsPerDay: 15,
      },
      {
        owner: 'bob', wonDeals: 0, lostDeals: 1, winRate: 0, averageSalesCycleDays: null, bookings: 0, repCosts: 0, repYield: 0, yieldMultiple: null,
        leads: 0, demos: 0, demoConversion: null, dealConversion: null, calls: 0, activeDays: 0, callsPerDay: null,
      },
    ]);
    expect(sales.stageConversion![0]).toEqual({ from: 'lead', to: 'mql', entered: 2, converted: 1, conversion: 0.5 });
    expect(sales.forecast).toEqual({
      stageProbabilities: [
        { stage: 'Discovery', closedDeals: 1, wonDeals: 0, probability: 0 },
        { stage: 'Negotiation', closedDeals: 1, wonDeals: 1, probability: 1 },
      ],
      weightedPipeline: 2000,
      pipelineByStage: [{ stage: 'Negotiation', openDeals: 1, amount: 2000, probability: 1, weighted: 2000 }],
      // A 10-day cycle is shorter than April's 30 days: the whole 2000 closes, never 2000 ÷ 10 × 30 = 6000;
      // bookings trend [1000, 0, 0] projects below 0.
      nextMonthBookings: { month: '2024-04', stageWeighted: 2000, trend: 0, committed: 5000, combined: 2333.33 },
      openPipeline: { openDeals: 1, amount: 2000 },
      // Each month forecast at the end of the one before: in January nothing was known; on 1 February d2 (lost that
      // day) was still open, at a stage without history (the overall win rate, 1 of 1); the committed figure is April's.
      bookingsByMonth: [
        { month: '2024-01', actual: 1000, stageWeighted: null, trend: null, combined: null },
        { month: '2024-02', actual: 0, stageWeighted: 500, trend: null, combined: 500 },
        { month: '2024-03', actual: 0, stageWeighted: 2000, trend: 0, combined: 1000 },
        { month: '2024-04', actual: null, stageWeighted: 2000, trend: 0, combined: 2333.33 },
      ],
      // The only month with bookings had no forecast: no error (zero denominator), never NaN.
      backtestError: { stageWeighted: null, trend: null, combined: null },
    });
  });

  it('computes customer success figures: logo vs revenue churn, engagement, eNPS', () => {
    const cs = report.customerSuccess;
    expect(cs.months.map((m) => [m.month, m.logoChurnRate, m.revenueChurnRate, m.upgrades, m.renewals])).toEqual([
      ['2024-01', 0, 0, 0, 0],
      ['2024-02', 0, 0, 0, 0],
      ['2024-03', 1 / 3, 50 / 350, 0, 0],
    ]);
    // Only customer a paid at the start of the range: one customer has no correlation.
    expect(cs.engagement).toEqual({ customers: 1, averageScore: 10, churnCorrelation: null });
    expect(cs.enps).toEqual({ score: 100 / 3, responses: 3 });
  });

  it('computes finance figures: growth, operating result, CLV, burn multiple, projection', () => {
    const finance = report.finance;
    expect(finance.months).toEqual([
      { month: '2024-01', mrr: 150, mrrGrowthRate: 0.5, yearOverYearGrowth: null, operatingCosts: 800, operatingResult: -650, netBurn: 650 },
      { month: '2024-02', mrr: 350, mrrGrowthRate: 4 / 3, yearOverYearGrowth: null, operatingCosts: 200, operatingResult: 150, netBurn: -150 },
      { month: '2024-03', mrr: 300, mrrGrowthRate: -1 / 7, yearOverYearGrowth: null, operatingCosts: 100, operatingResult: 200, netBurn: -200 },
    ]);
    expect(finance.compoundMonthlyGrowthRate).toBeCloseTo(Math.cbrt(3) - 1, 14);
    expect(finance.customerLifetimeValue).toBe(900);
    expect(finance.historicalCustomerLifetimeValue).toBe(-66.67);
    expect(finance.purchaseFrequencyLifetimeValue).toBe(300);
    expect(finance.clvToCacRatio).toBe(1.8);
    // Operating costs only: the 1000 of financing is left out (1100 − 800 of revenue).
    expect(finance.grossBurn).toBe(1100);
    expect(finance.netBurn).toBe(300);
    expect(finance.burnMultiple).toBe(300 / 2400);
    expect(finance.mrrProjection).toEqual([
      { month: '2024-04', mrr: 425 },
      { month: '2024-05', mrr: 505 },
      { month: '2024-06', mrr: 585 },
    ]);
    expect(finance.forecastAccuracy).toBeCloseTo((150 / 350 + 150 / 300) / 2, 14);
    // The backtest behind that error, month by month, then the projection: MRR since December 2023 is
    // [100, 150, 350, 300]; January has one month of history before it, too little for a trend.
    expect(finance.mrrForecastByMonth).toEqual([
      { month: '2024-01', actual: 150, trend: null },
      { month: '2024-02', actual: 350, trend: 200 },
      { month: '2024-03', actual: 300, trend: 450 },
      { month: '2024-04', actual: null, trend: 425 },
      { month: '2024-05', actual: null, trend: 505 },
      { month: '2024-06', actual: null, trend: 585 },
    ]);
  });

  it('leaves out what lacks its inputs (sections absent) and never gives NaN', () => {
    const bare = buildRevOpsReport(contractPart, range);
    expect(bare.marketing).toBeNull();
    expect(bare.sales?.opportunityCost).toBeNull();
    expect(bare.sales?.stageConversion).toBeNull();
    expect(bare.sales?.owners[0]?.repYield).toBeNull();
    expect(bare.customerSuccess.engagement).toBeNull();
    expect(bare.customerSuccess.enps).toBeNull();
    expect(bare.finance.burnMultiple).toBeNull();
    expect(bare.finance.months[0]!.operatingResult).toBeNull();
    expect(nonFiniteNumbers(bare)).toEqual([]);
    const empty = buildRevOpsReport({ currency: 'EUR' }, range);
    expect(empty.sales).toBeNull();
    expect(empty.finance.customerLifetimeValue).toBeNull();
    expect(empty.finance.compoundMonthlyGrowthRate).toBeNull();
    expect(nonFiniteNumbers(empty)).toEqual([]);
  });

  it('does not change the contract report', () => {
    expect(buildReport(dataset, range)).toEqual(buildReport(contractPart, range));
  });

  it('caps the stage-weighted forecast at the weighted pipeline when the cycle is shorter than the month', () => {
    // One won deal with a 2-day cycle; one open deal of 1,000 at a stage won 100 % of the time.
    const short = {
      currency: 'EUR',
      deals: [
        { id: 'w', createdAt: '2024-03-01', closedAt: '2024-03-03', status: 'won', amount: '400', stage: 'Proposal' },
        { id: 'o', createdAt: '2024-03-10', status: 'open', amount: '1000', stage: 'Proposal' },
      ],
    };
    const forecast = buildRevOpsReport(short, { from: '2024-03', to: '2024-03' }).sales!.forecast!;
    expect(forecast.weightedPipeline).toBe(1000);
    // 1,000 ÷ 2 × 30 would be 15,000: more than the whole pipeline.
    expect(forecast.nextMonthBookings.stageWeighted).toBe(1000);
  });

  it('keeps the pipeline share when the cycle is longer than the month', () => {
    const long = {
      currency: 'EUR',
      deals: [
        { id: 'w', createdAt: '2024-01-01', closedAt: '2024-03-01', status: 'won', amount: '400', stage: 'Proposal' },
        { id: 'o', createdAt: '2024-03-10', status: 'open', amount: '1000', stage: 'Proposal' },
      ],
    };
    // Cycle 60 days, April has 30: half the weighted pipeline.
    expect(buildRevOpsReport(long, { from: '2024-03', to: '2024-03' }).sales!.forecast!.nextMonthBookings.stageWeighted).toBe(500);
  });
});

describe('buildRevOpsReport options', () => {
  const issuesOf = (options: Record<string, unknown>, data: unknown = dataset): { path: string; message: string }[] => {
    let thrown: unknown;
    try {
      buildRevOpsReport(data, options as RevOpsReportOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RevkitValidationError);
    return [...(thrown as RevkitValidationError).issues];
  };
  const paths = (options: Record<string, unknown>): string[] => issuesOf({ ...range, ...options }).map((issue) => issue.path);

  it('rejects non-finite or out-of-range numbers with their option path', () => {
    expect(paths({ grossMargin: NaN })).toEqual(['grossMargin']);
    expect(paths({ grossMargin: 'abc' })).toEqual(['grossMargin']);
    expect(paths({ grossMargin: 1.5 })).toEqual(['grossMargin']);
    expect(paths({ committedBookings: 'x' })).toEqual(['committedBookings']);
    expect(paths({ committedBookings: -1 })).toEqual(['committedBookings']);
    expect(paths({ forecastWeights: { trend: NaN } })).toEqual(['forecastWeights.trend']);
    expect(paths({ forecastWeights: { trend: -1, stageWeighted: Infinity, pipeline: 1 } })).toEqual([
      'forecastWeights.trend',
      'forecastWeights.stageWeighted',
      'forecastWeights.pipeline',
    ]);
    expect(paths({ forecastWeights: 3 })).toEqual(['forecastWeights']);
    expect(paths({ weights: { login: NaN, export: '5' } })).toEqual(['weights.login', 'weights.export']);
    expect(paths({ defaultWeight: NaN })).toEqual(['defaultWeight']);
    expect(paths({ renewalMinimumTermMonths: NaN })).toEqual(['renewalMinimumTermMonths']);
    expect(paths({ forecastHorizon: 2.5 })).toEqual(['forecastHorizon']);
    expect(paths({ forecastHorizon: 1e9 })).toEqual(['forecastHorizon']);
    expect(paths({ forecastHorizon: 0 })).toEqual(['forecastHorizon']);
    expect(paths({ stageOrder: ['Discovery', ''] })).toEqual(['stageOrder[1]']);
  });

  it('says what is wrong in plain words, every problem at once with the range', () => {
    expect(issuesOf({ from: '2024-13', to: '2024-03', grossMargin: NaN, forecastHorizon: 2.5 })).toEqual([
      { path: 'grossMargin', message: 'must be a finite number, got NaN' },
      { path: 'forecastHorizon', message: 'must be an integer, got number 2.5' },
      { path: 'from', message: 'must be a month as YYYY-MM, got "2024-13"' },
    ]);
    expect(issuesOf({ ...range, weights: { login: -1 } })).toEqual([{ path: 'weights.login', message: 'must be at least 0, got -1' }]);
  });

  it('reports option problems together with dataset problems', () => {
    expect(issuesOf({ ...range, grossMargin: 'abc' }, { currency: 'eur' }).map((issue) => issue.path)).toEqual(['currency', 'grossMargin']);
  });

  it('accepts every valid form, exact values included', () => {
    const ok = buildRevOpsReport(dataset, {
      ...range,
      grossMargin: -0.25,
      committedBookings: 10n,
      forecastWeights: { trend: 0, stageWeighted: 2.5 },
      weights: { login: 0 },
      defaultWeight: 0,
      forecastHorizon: 120,
      renewalMinimumTermMonths: 1,
      stageOrder: ['Discovery', 'Negotiation'],
    });
    expect(ok.finance.grossMargin).toBe(-0.25);
    expect(ok.finance.mrrProjection).toHaveLength(120);
    expect(ok.sales!.forecast!.nextMonthBookings.committed).toBe(10);
    expect(nonFiniteNumbers(ok)).toEqual([]);
  });
});
