import { describe, expect, it } from 'vitest';
import { buildReport } from './buildReport/index.js';
import { buildRevOpsReport } from './buildRevOpsReport/index.js';
import { nonFiniteNumbers } from '../_lib/test-support/allFinite.js';

/** A dataset at one edge of the supported years: subscriptions, deals and costs. */
function edgeDataset(first: string, last: string) {
  return {
    currency: 'EUR',
    subscriptions: [
      { id: 'a', customerId: 'a', start: `${first}-01T00:00:00Z`, amount: '100', interval: 'month' },
      { id: 'b', customerId: 'b', start: `${first}-15`, end: `${last}-31T23:59:59Z`, amount: '1200', interval: 'year' },
    ],
    deals: [
      { id: 'd1', createdAt: `${first}-02`, closedAt: `${last}-20`, status: 'won', amount: '1000', stage: 'Won' },
      { id: 'd2', createdAt: `${first}-02`, status: 'open', amount: '500', stage: 'Won' },
    ],
    costs: [{ month: last, category: 'sales', amount: '300' }],
  };
}

describe('reports at the edges of the supported months (0001-01 to 9998-12)', () => {
  it('builds a report that reaches 9998-12: the forecast of 9999-01 is null, the projection stops at 9998-12', () => {
    const data = edgeDataset('9998-10', '9998-12');
    const report = buildReport(data);
    expect(report.to).toBe('9998-12');
    const revops = buildRevOpsReport(data, { from: '9998-10', to: '9998-11' });
    expect(revops.finance.mrrProjection?.map((row) => row.month)).toEqual(['9998-12']);
    const last = buildRevOpsReport(data, { from: '9998-10', to: '9998-12' });
    expect(last.finance.mrrProjection).toBeNull();
    expect(last.sales?.forecast?.nextMonthBookings).toEqual({ month: '9999-01', stageWeighted: null, trend: null, committed: null, combined: null });
    expect(nonFiniteNumbers(last)).toEqual([]);
  });

  it('builds a report that starts in 0001-01', () => {
    const data = edgeDataset('0001-01', '0001-03');
    const report = buildReport(data);
    expect(report.from).toBe('0001-01');
    expect(report.mrr.map((row) => row.mrr)).toEqual([200, 200, 100]);
    const revops = buildRevOpsReport(data);
    expect(revops.finance.months[0]?.month).toBe('0001-01');
    expect(nonFiniteNumbers(revops)).toEqual([]);
  });

  it('refuses a range past the supported months as a validation problem', () => {
    expect(() => buildReport(edgeDataset('2024-01', '2024-03'), { from: '2024-01', to: '9999-12' })).toThrow(
      /to: must be a month from 0001-01 to 9998-12, got "9999-12"/,
    );
  });
});
