// Reports for tests come from the real engine on the real sample data, so a
// change in either shows up here; nothing is hand-typed.
import { buildReport, buildRevOpsReport, type Report, type RevOpsReport } from '@revkit/core';
import { defaultDataset, generateDataset } from '@revkit/sample-data';

let defaultReport: Report | undefined;

/** The bundled default dataset's last 12 months (2025-11 to 2026-10). */
export function sampleReport(): Report {
  defaultReport ??= buildReport(defaultDataset(), { from: '2025-11', to: '2026-10' });
  return defaultReport;
}

let defaultRevOps: RevOpsReport | undefined;

/** The RevOps report (sales board, forecasts) of the bundled default dataset's last 12 months. */
export function sampleRevOps(): RevOpsReport {
  defaultRevOps ??= buildRevOpsReport(defaultDataset(), { from: '2025-11', to: '2026-10' });
  return defaultRevOps;
}

/**
 * A sales team's first quarter, built through the engine: open deals with and
 * without a stage, no deal closed yet (no win probability), and owners without
 * costs.
 */
export function firstDealsRevOps(): RevOpsReport {
  return buildRevOpsReport(
    {
      currency: 'EUR',
      deals: [
        { id: 'd1', createdAt: '2026-01-05', status: 'open', amount: '1200', stage: 'Discovery', owner: 'ana' },
        { id: 'd2', createdAt: '2026-02-10', status: 'open', amount: '800', owner: 'ben' },
      ],
    },
    { from: '2026-01', to: '2026-03' },
  );
}

/** A small seeded company: 30 customers over 8 months. */
export function smallReport(): Report {
  return buildReport(generateDataset({ seed: 42, customers: 30, months: 8, start: '2026-01' }));
}

/** A company with no subscriptions, surveys or funnel over three months. */
export function emptyReport(): Report {
  return buildReport({ currency: 'EUR' }, { from: '2026-01', to: '2026-03' });
}

/** A dataset built through the engine with one customer, for edge cases. */
export function singleCustomerReport(): Report {
  return buildReport(
    {
      currency: 'USD',
      subscriptions: [{ id: 's1', customerId: 'c1', start: '2026-01-01', end: '2026-03-01', amount: '99', interval: 'month' }],
      funnel: [
        { stage: 'Visitors', count: 0 },
        { stage: 'Leads', count: 0 },
      ],
    },
    { from: '2026-01', to: '2026-04' },
  );
}
