import { describe, expect, it } from 'vitest';
import { periodOfMonths } from '../../engine/options/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { engagementScores } from './index.js';

const { usage } = validateDataset({
  currency: 'EUR',
  usage: [
    { customerId: 'b', date: '2024-01-02', event: 'login', count: 3 },
    { customerId: 'a', date: '2024-01-02', event: 'export', count: 2 },
    { customerId: 'a', date: '2024-01-03', event: 'login' },
    { customerId: 'a', date: '2024-02-03', event: 'login', count: 10 },
  ],
});

describe('engagementScores', () => {
  it('sums counts with weight 1 by default', () => {
    expect(engagementScores(usage!)).toEqual([
      { customerId: 'a', score: 13 },
      { customerId: 'b', score: 3 },
    ]);
  });
  it('weights events by the weights option, within the period', () => {
    expect(engagementScores(usage!, { weights: { export: 5 }, defaultWeight: 0, period: periodOfMonths('2024-01', '2024-01') })).toEqual([
      { customerId: 'a', score: 10 },
      { customerId: 'b', score: 0 },
    ]);
  });
  it('is empty for an empty period', () => {
    expect(engagementScores(usage!, { period: periodOfMonths('2023-01', '2023-01') })).toEqual([]);
  });
});
