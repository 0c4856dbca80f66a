/**
 * Every figure the stories show comes out of the engine: the sample dataset
 * (or a small dataset written for one edge case) goes through `buildReport`.
 * No story types a metric by hand, so none can drift from `@revkit/core`.
 */
import { buildReport, buildRevOpsReport, type Dataset, type FunnelStageInput, type MrrRow, type Report, type RevOpsReport, type Subscription } from '@revkit/core';
import { defaultDataset } from '@revkit/sample-data';

const sampleDataset: Dataset = defaultDataset();

/** The last month of the sample data. */
export const LAST_MONTH = '2026-10';

/** The sample dataset (500 customers, 2023-11 to 2026-10) over its last 12 months. */
export const sampleReport: Report = buildReport(sampleDataset, { from: '2025-11', to: LAST_MONTH });

/** The sample dataset over one quarter inside `sampleReport`: what a waterfall of that quarter must show. */
export const sampleQuarterReport: Report = buildReport(sampleDataset, { from: '2026-04', to: '2026-06' });

/** The whole sample dataset: 36 months and 36 cohorts. */
export const fullReport: Report = buildReport(sampleDataset, {});

/** The sample dataset over its last month only: one MRR row, one cohort. */
export const singleMonthReport: Report = buildReport(sampleDataset, { from: LAST_MONTH, to: LAST_MONTH });

/** A company with no customers yet: zero MRR rows, no cohorts, no funnel. */
export const noRevenueReport: Report = buildReport({ currency: 'EUR' }, { from: '2026-08', to: LAST_MONTH });

/** No MRR rows at all: what a chart gets before the first report exists. */
export const NO_MRR_ROWS: readonly MrrRow[] = [];

const monthly = (id: string, customerId: string, start: string, amount: string, end?: string, quantity?: string): Subscription => ({
  id,
  customerId,
  start,
  end: end ?? null,
  amount,
  interval: 'month',
  ...(quantity ? { quantity } : {}),
});

/**
 * A shrinking business: a good first quarter, then contractions and churn
 * outweigh new business, so net new MRR is negative month after month.
 */
export const shrinkingReport: Report = buildReport(
  {
    currency: 'EUR',
    subscriptions: [
      monthly('s1', 'c1', '2026-01-01', '4000'),
      monthly('s2', 'c2', '2026-01-01', '2500', '2026-04-01'),
      monthly('s3', 'c3', '2026-02-01', '1800', '2026-05-01'),
      monthly('s4', 'c4', '2026-02-01', '900', undefined, '3'),
      monthly('s5', 'c4', '2026-02-01', '600', '2026-06-01'),
      monthly('s6', 'c5', '2026-03-01', '3000', '2026-07-01'),
      monthly('s7', 'c6', '2026-05-01', '300'),
      monthly('s8', 'c1', '2026-01-01', '1500', '2026-08-01'),
      monthly('s9', 'c7', '2026-06-01', '200', '2026-09-01'),
    ],
  },
  { from: '2026-01', to: LAST_MONTH },
);

/**
 * An enterprise book in the billions with one customer paying a cent: the
 * formatters must keep both readable (compact money, no NaN, no overflow).
 */
export const hugeReport: Report = buildReport(
  {
    currency: 'EUR',
    subscriptions: [
      { id: 'e1', customerId: 'mega-1', start: '2026-01-01', amount: '18000000000', interval: 'year' },
      { id: 'e2', customerId: 'mega-2', start: '2026-03-01', amount: '950000000', interval: 'month', quantity: '4' },
      { id: 'e3', customerId: 'mega-3', start: '2026-04-01', end: '2026-09-01', amount: '2400000000', interval: 'month' },
      { id: 'e4', customerId: 'penny', start: '2026-02-01', amount: '0.01', interval: 'month' },
    ],
  },
  { from: '2026-01', to: LAST_MONTH },
);

const sampleFunnel: readonly FunnelStageInput[] = sampleDataset.funnel ?? [];

const LONG_STAGE_NAMES = [
  'Unique visitors from organic search, paid social and partner referrals',
  'Leads who downloaded the annual revenue benchmark report',
  'Marketing-qualified leads with a company size above fifty employees',
  'Sales-qualified leads after a discovery call with an account executive',
  'Opportunities with a signed mutual action plan and a budget owner',
  'Customers on an annual contract after legal and security review',
];

/** The sample funnel with long, wrapping stage names. */
export const longLabelFunnelReport: Report = buildReport(
  { currency: 'EUR', funnel: sampleFunnel.map((stage, index) => ({ ...stage, stage: LONG_STAGE_NAMES[index] ?? stage.stage })) },
  { from: LAST_MONTH, to: LAST_MONTH },
);

/** The sample funnel's first stage alone. */
export const singleStageFunnelReport: Report = buildReport(
  { currency: 'EUR', funnel: sampleFunnel.slice(0, 1) },
  { from: LAST_MONTH, to: LAST_MONTH },
);

/** A funnel in the hundreds of millions with a stage nobody reached. */
export const hugeFunnelReport: Report = buildReport(
  {
    currency: 'EUR',
    funnel: sampleFunnel.map((stage, index) => ({ ...stage, count: index === sampleFunnel.length - 1 ? 0 : stage.count * 1000 })),
  },
  { from: LAST_MONTH, to: LAST_MONTH },
);

/** The report month before `month` in `rows`, or `undefined`. */
export function previousRow<Row extends { month: string }>(rows: readonly Row[], month: string): Row | undefined {
  const index = rows.findIndex((row) => row.month === month);
  return index > 0 ? rows[index - 1] : undefined;
}

/** The sample dataset's RevOps report (sales board: pipeline, forecasts, reps) over its last 12 months. */
export const sampleRevOps: RevOpsReport = buildRevOpsReport(sampleDataset, { from: '2025-11', to: LAST_MONTH });

/** The same board as it stood at the end of June 2026 (point in time: nothing known later is used). */
export const juneRevOps: RevOpsReport = buildRevOpsReport(sampleDataset, { from: '2025-07', to: '2026-06' });

/**
 * A sales team's first quarter: open deals with and without a stage, no deal
 * closed yet (no win probability, no forecast, no error) and no costs (no
 * yield ÷ cost): the zero-denominator cases, never NaN.
 */
export const firstDealsRevOps: RevOpsReport = buildRevOpsReport(
  {
    currency: 'EUR',
    deals: [
      { id: 'd1', createdAt: '2026-08-05', status: 'open', amount: '1200', stage: 'Discovery', owner: 'ana' },
      { id: 'd2', createdAt: '2026-09-10', status: 'open', amount: '800', owner: 'ben' },
    ],
  },
  { from: '2026-08', to: LAST_MONTH },
);

/** A company with no deals: no sales figures at all. */
export const noDealsRevOps: RevOpsReport = buildRevOpsReport({ currency: 'EUR' }, { from: '2026-08', to: LAST_MONTH });

/** The sales figures of a RevOps report, or a clear error when it has none. */
export function salesOf(report: RevOpsReport): NonNullable<RevOpsReport['sales']> & { forecast: NonNullable<NonNullable<RevOpsReport['sales']>['forecast']> } {
  const sales = report.sales;
  if (!sales?.forecast) throw new Error('This report has no deals');
  return { ...sales, forecast: sales.forecast };
}
