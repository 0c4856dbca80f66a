import { describe, expect, it } from 'vitest';
import { monthBoundary, parseMonth } from '../month/index.js';
import { validateDataset } from '../validate/index.js';
import { knownAt } from './index.js';

const endOfJune = monthBoundary(parseMonth('2025-06')!);

describe('knownAt', () => {
  const valid = validateDataset({
    currency: 'EUR',
    deals: [
      { id: 'a', createdAt: '2025-05-01', closedAt: '2025-06-30T23:59:59Z', status: 'won', amount: 10 },
      { id: 'b', createdAt: '2025-05-01', closedAt: '2025-07-01', status: 'lost', amount: 20, stage: 'Demo' },
      { id: 'c', createdAt: '2025-07-01', status: 'open', amount: 30 },
    ],
    surveys: [
      { type: 'nps', score: 9, at: '2025-06-30' },
      { type: 'nps', score: 1, at: '2025-07-01' },
    ],
    costs: [
      { month: '2025-06', category: 'sales', amount: 1 },
      { month: '2025-07', category: 'sales', amount: 2 },
    ],
    leads: [
      { id: 'l1', reached: { lead: '2025-06-01', mql: '2025-06-15', sql: '2025-07-01' } },
      { id: 'l2', reached: { lead: '2025-07-01' } },
    ],
    activities: [{ date: '2025-07-01', owner: 'alice', type: 'call' }],
    usage: [{ customerId: 'c1', date: '2025-06-30', event: 'login' }],
    employeeSurveys: [{ score: 9, at: '2025-07-02' }],
  });
  const known = knownAt(valid, endOfJune);

  it('keeps a deal closed just before the instant, reopens one closed at it, drops one created at it', () => {
    expect(known.deals.map((deal) => [deal.id, deal.status, deal.closedAt])).toEqual([
      ['a', 'won', Date.UTC(2025, 5, 30, 23, 59, 59)],
      ['b', 'open', null],
    ]);
    expect(known.deals[1]!.stage).toBe('Demo');
  });

  it('drops surveys, activities and employee surveys dated at or after it, and costs of later months', () => {
    expect(known.surveys.map((survey) => survey.score)).toEqual([9]);
    expect(known.activities).toEqual([]);
    expect(known.usage).toHaveLength(1);
    expect(known.employeeSurveys).toEqual([]);
    expect(known.costs?.map((cost) => cost.month)).toEqual([parseMonth('2025-06')]);
  });

  it('drops leads created after it and forgets the stages reached after it', () => {
    expect(known.leads).toEqual([
      { id: 'l1', reached: { lead: Date.UTC(2025, 5, 1), mql: Date.UTC(2025, 5, 15), sql: null, opportunity: null, customer: null }, source: null, owner: null },
    ]);
  });

  it('returns the same arrays when nothing is cut, and leaves absent sections absent', () => {
    const later = knownAt(valid, monthBoundary(parseMonth('2030-01')!));
    expect(later.deals).toBe(valid.deals);
    expect(later.leads).toBe(valid.leads);
    const contractOnly = validateDataset({ currency: 'EUR' });
    expect('costs' in knownAt(contractOnly, endOfJune)).toBe(false);
  });
});
