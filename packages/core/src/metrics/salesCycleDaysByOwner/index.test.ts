import { describe, expect, it } from 'vitest';
import { periodOfMonths } from '../../engine/options/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { salesCycleDaysByOwner } from './index.js';

const { deals } = validateDataset({
  currency: 'EUR',
  deals: [
    { id: 'd1', createdAt: '2024-01-01', closedAt: '2024-01-11T12:00:00Z', status: 'won', amount: 1, owner: 'alice' },
    { id: 'd2', createdAt: '2024-01-01', closedAt: '2024-01-21', status: 'won', amount: 1, owner: 'alice' },
    { id: 'd3', createdAt: '2024-01-01', closedAt: '2024-01-02', status: 'lost', amount: 1, owner: 'bob' },
  ],
});

describe('salesCycleDaysByOwner', () => {
  it('averages the days to close of each owner’s won deals', () => {
    expect(salesCycleDaysByOwner(deals)).toEqual([{ owner: 'alice', wonDeals: 2, averageSalesCycleDays: 15.25 }]);
  });
  it('is empty for an empty period', () => {
    expect(salesCycleDaysByOwner(deals, { period: periodOfMonths('2023-01', '2023-01') })).toEqual([]);
  });
});
