import { describe, expect, it } from 'vitest';
import { periodOfMonths } from '../../engine/options/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { winRateByOwner } from './index.js';

const { deals } = validateDataset({
  currency: 'EUR',
  deals: [
    { id: 'd1', createdAt: '2024-01-01', closedAt: '2024-01-20', status: 'won', amount: 1, owner: 'bob' },
    { id: 'd2', createdAt: '2024-01-01', closedAt: '2024-01-21', status: 'lost', amount: 1, owner: 'bob' },
    { id: 'd3', createdAt: '2024-01-01', closedAt: '2024-01-22', status: 'won', amount: 1, owner: 'alice' },
    { id: 'd4', createdAt: '2024-01-01', status: 'open', amount: 1, owner: 'carol' },
    { id: 'd5', createdAt: '2024-01-01', closedAt: '2024-01-22', status: 'won', amount: 1 },
  ],
});

describe('winRateByOwner', () => {
  it('gives each owner with closed deals a win rate, owners sorted', () => {
    expect(winRateByOwner(deals)).toEqual([
      { owner: 'alice', won: 1, lost: 0, winRate: 1 },
      { owner: 'bob', won: 1, lost: 1, winRate: 0.5 },
    ]);
  });
  it('is empty for an empty period', () => {
    expect(winRateByOwner(deals, { period: periodOfMonths('2024-02', '2024-02') })).toEqual([]);
  });
});
