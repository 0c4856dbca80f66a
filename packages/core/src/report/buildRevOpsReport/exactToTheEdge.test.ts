import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../types.js';
import { buildRevOpsReport } from './index.js';

/**
 * Exact until the edge: every derived figure is computed from exact values
 * and rounded once. Each case is chosen so that rounding an input to the
 * cent first would print a different figure.
 */
describe('buildRevOpsReport: derived figures are rounded once', () => {
  it('CLV:CAC is exactly 3 when CLV = 400 and CAC = 400 ÷ 3 (133.33 rounded would give 3.00008)', () => {
    const paying = (id: string, start: string, end?: string) => ({ id, customerId: id, start, end: end ?? null, amount: 100, interval: 'month' as const });
    const dataset: Dataset = {
      currency: 'EUR',
      subscriptions: [
        paying('c1', '2023-12-01'),
        paying('c2', '2023-12-01'),
        paying('c3', '2023-12-01'),
        paying('c4', '2023-12-01', '2024-01-15'),
        paying('n1', '2024-01-02'),
        paying('n2', '2024-01-02'),
        paying('n3', '2024-01-02'),
      ],
      costs: [{ month: '2024-01', category: 'sales', amount: 400 }],
    };
    const { finance, marketing } = buildRevOpsReport(dataset, { from: '2024-01', to: '2024-01' });
    // ARPA 600 ÷ 6 = 100, churn 1 ÷ 4: CLV 400; CAC 400 ÷ 3 new customers.
    expect(finance.customerLifetimeValue).toBe(400);
    expect(marketing?.customerAcquisitionCost).toBe(133.33);
    expect(finance.clvToCacRatio).toBe(3);
  });

  it("a rep's yield is taken on exact bookings: 100.005 signed − 0.004 cost = 100.00, not 100.01 − 0.004 → 100.01", () => {
    const dataset: Dataset = {
      currency: 'EUR',
      deals: [{ id: 'd', createdAt: '2024-01-02', closedAt: '2024-01-20', status: 'won', amount: '100.005', owner: 'alice' }],
      costs: [{ month: '2024-01', category: 'sales', amount: '0.004', owner: 'alice' }],
    };
    const alice = buildRevOpsReport(dataset, { from: '2024-01', to: '2024-01' }).sales?.owners.find((owner) => owner.owner === 'alice');
    expect(alice?.bookings).toBe(100.01);
    expect(alice?.repYield).toBe(100);
  });

  it('the stage-weighted and combined forecasts are built on the exact weighted pipeline (5.005 × ½ = 2.50, not 5.01 × ½ = 2.51)', () => {
    const dataset: Dataset = {
      currency: 'EUR',
      deals: [
        // Proposal learned at ½ from one won and one lost deal; the won one took 62 days.
        { id: 'won', createdAt: '2024-09-01', closedAt: '2024-11-02', status: 'won', amount: 100, stage: 'Proposal' },
        { id: 'lost', createdAt: '2024-10-01', closedAt: '2024-11-10', status: 'lost', amount: 100, stage: 'Proposal' },
        { id: 'open', createdAt: '2024-11-05', status: 'open', amount: '10.01', stage: 'Proposal' },
      ],
    };
    const forecast = buildRevOpsReport(dataset, {
      from: '2024-11',
      to: '2024-11',
      committedBookings: 0,
      forecastWeights: { trend: 0 },
    }).sales?.forecast;
    expect(forecast?.weightedPipeline).toBe(5.01);
    // December has 31 days, the cycle is 62: half of the weighted pipeline lands then.
    expect(forecast?.nextMonthBookings.stageWeighted).toBe(2.5);
    // (2.5025 + 0) ÷ 2 = 1.25125 → 1.25; from the rounded 2.51 it would be 1.26.
    expect(forecast?.nextMonthBookings.combined).toBe(1.25);
  });
});
