import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../engine/validate/index.js';
import { cumulativeBookings } from './index.js';

describe('cumulativeBookings', () => {
  const deals = validateDataset({
    currency: 'EUR',
    deals: [
      { id: 'a', createdAt: '2019-01-01', closedAt: '2019-02-01', status: 'won', amount: '100.005' },
      { id: 'b', createdAt: '2024-01-01', closedAt: '2024-06-30', status: 'won', amount: '200.005' },
      { id: 'c', createdAt: '2024-01-01', closedAt: '2024-06-01', status: 'lost', amount: 999 },
      { id: 'd', createdAt: '2024-06-01', closedAt: '2024-07-01', status: 'won', amount: 50 },
    ],
  }).deals;

  it('sums every deal won since the first one, up to the instant, rounded once', () => {
    expect(cumulativeBookings(deals, { until: Date.UTC(2024, 6, 1) })).toEqual({ count: 2, value: 300.01 });
  });

  it('is zero before the first win', () => {
    expect(cumulativeBookings(deals, { until: Date.UTC(2019, 0, 1) })).toEqual({ count: 0, value: 0 });
  });
});
