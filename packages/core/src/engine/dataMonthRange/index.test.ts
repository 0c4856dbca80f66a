import { describe, expect, it } from 'vitest';
import { buildRevOpsReport } from '../../report/buildRevOpsReport/index.js';
import { validateDataset } from '../validate/index.js';
import { dataMonthRange } from './index.js';

describe('dataMonthRange', () => {
  it('spans the contract sections, a subscription end included', () => {
    const valid = validateDataset({
      currency: 'EUR',
      subscriptions: [{ id: 's', customerId: 'c', start: '2023-03-10', end: '2023-09-01', amount: 10, interval: 'month' }],
      deals: [{ id: 'd', createdAt: '2023-01-05', closedAt: null, status: 'open', amount: 5 }],
    });
    expect(dataMonthRange(valid)).toEqual({ from: '2023-01', to: '2023-09' });
  });

  it('reaches survey responses and date-times before and after the subscriptions', () => {
    const valid = validateDataset({
      currency: 'EUR',
      subscriptions: [
        { id: 's1', customerId: 'c', start: '2023-03-10', end: '2023-09-01', amount: 10, interval: 'month' },
        { id: 's2', customerId: 'c', start: '2023-02-28T23:30:00-01:00', end: '2024-01-31T22:00:00-03:00', amount: 10, interval: 'month' },
      ],
      surveys: [
        { type: 'nps', score: 9, at: '2022-12-31T23:59:59Z' },
        { type: 'csat', score: 4, at: '2023-05-02' },
      ],
    });
    // s2 starts on 2023-03-01 and ends on 2024-02-01 in UTC.
    expect(dataMonthRange(valid)).toEqual({ from: '2022-12', to: '2024-02' });
    const surveysOnly = validateDataset({ currency: 'EUR', surveys: [{ type: 'ces', score: 2, at: '2024-07-31' }] });
    expect(dataMonthRange(surveysOnly)).toEqual({ from: '2024-07', to: '2024-07' });
  });

  it('is null when nothing is dated', () => {
    expect(dataMonthRange(validateDataset({ currency: 'EUR' }))).toBeNull();
  });

  it('covers a costs-only dataset, so the RevOps report has a default range', () => {
    const dataset = {
      currency: 'EUR',
      costs: [
        { month: '2024-02', category: 'sales', amount: '100' },
        { month: '2023-11', category: 'marketing', amount: '50' },
      ],
    };
    expect(dataMonthRange(validateDataset(dataset))).toEqual({ from: '2023-11', to: '2024-02' });
    expect(buildRevOpsReport(dataset)).toMatchObject({ from: '2023-11', to: '2024-02' });
  });

  it('reaches the RevOps records dated after the last deal', () => {
    const valid = validateDataset({
      currency: 'EUR',
      deals: [{ id: 'd', createdAt: '2024-01-05', closedAt: '2024-02-01', status: 'won', amount: 5 }],
      costs: [{ month: '2024-03', category: 'sales', amount: '100' }],
      leads: [{ id: 'l', reached: { lead: '2023-10-02', customer: '2024-04-20' } }],
      activities: [{ date: '2024-05-03', owner: 'ana', type: 'call', count: 2 }],
      usage: [{ customerId: 'c', date: '2024-06-30T23:00:00Z', event: 'login', count: 1 }],
      employeeSurveys: [{ score: 9, at: '2024-07-01' }],
    });
    expect(dataMonthRange(valid)).toEqual({ from: '2023-10', to: '2024-07' });
  });
});
