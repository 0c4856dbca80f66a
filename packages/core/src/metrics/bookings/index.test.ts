import { describe, expect, it } from 'vitest';
import { periodOfMonths } from '../../engine/options/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { bookings } from './index.js';

const { deals } = validateDataset({
  currency: 'EUR',
  deals: [
    { id: 'd1', createdAt: '2024-01-01', closedAt: '2024-01-20', status: 'won', amount: '0.1' },
    { id: 'd2', createdAt: '2024-01-01', closedAt: '2024-02-01', status: 'won', amount: '0.2' },
    { id: 'd3', createdAt: '2024-01-01', closedAt: '2024-01-05', status: 'lost', amount: '500' },
    { id: 'd4', createdAt: '2024-01-01', status: 'open', amount: '900' },
  ],
});

describe('bookings', () => {
  it('counts and sums won deals exactly', () => {
    expect(bookings(deals)).toEqual({ count: 2, value: 0.3 });
  });
  it('keeps only deals closed in the period', () => {
    expect(bookings(deals, { period: periodOfMonths('2024-01', '2024-01') })).toEqual({ count: 1, value: 0.1 });
  });
  it('is zero for an empty period', () => {
    expect(bookings(deals, { period: periodOfMonths('2023-01', '2023-12') })).toEqual({ count: 0, value: 0 });
  });
});
