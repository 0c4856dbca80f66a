import { describe, expect, it } from 'vitest';
import { RevkitValidationError, type ValidationIssue } from '../errors/index.js';
import { validateDataset } from './index.js';

function issuesOf(input: unknown): ValidationIssue[] {
  try {
    validateDataset(input);
  } catch (error) {
    if (error instanceof RevkitValidationError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('validateDataset: RevOps sections', () => {
  it('accepts the sections and leaves absent ones absent', () => {
    const valid = validateDataset({
      currency: 'EUR',
      costs: [{ month: '2024-01', category: 'sales', amount: '10.5', owner: 'alice' }],
      leads: [{ id: 'l1', reached: { lead: '2024-01-02', sql: '2024-01-05' }, source: 'web' }],
      activities: [{ date: '2024-01-02', owner: 'alice', type: 'call' }],
      usage: [{ customerId: 'c', date: '2024-01-02', event: 'login', count: 4 }],
    });
    expect(valid.costs).toEqual([{ month: 2024 * 12, category: 'sales', amount: { units: 105n, scale: 1 }, owner: 'alice', label: null }]);
    expect(valid.leads?.[0]?.reached).toEqual({ lead: Date.UTC(2024, 0, 2), mql: null, sql: Date.UTC(2024, 0, 5), opportunity: null, customer: null });
    expect(valid.activities?.[0]?.count).toBe(1);
    expect(valid.usage?.[0]?.count).toBe(4);
    expect(valid.employeeSurveys).toBeUndefined();
    expect(validateDataset({ currency: 'EUR' }).costs).toBeUndefined();
  });

  it('reports every problem with its path', () => {
    expect(
      issuesOf({
        currency: 'EUR',
        costs: [{ month: '2024-13', category: 'ads', amount: '-1' }],
        leads: [
          { id: 'l1', reached: { lead: '2024-01-05', mql: '2024-01-01', won: '2024-02-01' } },
          { id: 'l1', reached: {} },
          { id: 'l3' },
        ],
        activities: [{ date: '2024-02-30', owner: '', type: 'lunch', count: 1.5 }],
        usage: [{ customerId: 'c', date: '2024-01-01', event: 'login', count: -2 }],
        employeeSurveys: [{ score: 11, at: '2024-01-01' }],
      }),
    ).toEqual([
      { path: 'costs[0].month', message: 'must be a month as YYYY-MM, got "2024-13"' },
      { path: 'costs[0].category', message: 'must be one of marketing, sales, service, operations, exceptional, financing, got "ads"' },
      { path: 'costs[0].amount', message: 'must be at least 0, got "-1"' },
      { path: 'leads[0].reached.won', message: 'is not a lead stage (expected one of lead, mql, sql, opportunity, customer)' },
      { path: 'leads[0].reached.mql', message: 'must not be before lead ("2024-01-05")' },
      { path: 'leads[1].id', message: 'duplicates leads[0].id "l1"' },
      { path: 'leads[1].reached.lead', message: 'is required' },
      { path: 'leads[2].reached', message: 'is required' },
      { path: 'activities[0].date', message: 'is not a calendar date: 2024-02-30' },
      { path: 'activities[0].owner', message: 'must be a non-empty string, got ""' },
      { path: 'activities[0].type', message: 'must be one of call, demo, email, meeting, got "lunch"' },
      { path: 'activities[0].count', message: 'must be an integer, got number 1.5' },
      { path: 'usage[0].count', message: 'must be at least 0, got -2' },
      { path: 'employeeSurveys[0].score', message: 'must be between 0 and 10, got 11' },
    ]);
  });

  it('rejects a section that is not an array', () => {
    expect(issuesOf({ currency: 'EUR', costs: { month: '2024-01' } })).toEqual([{ path: 'costs', message: 'must be an array, got an object' }]);
  });
});

describe('deals[].leadId', () => {
  const deal = (leadId: unknown) => ({ id: 'd', createdAt: '2024-01-01', status: 'open', amount: 1, leadId });

  it('links a deal to a lead of the leads section', () => {
    const valid = validateDataset({ currency: 'EUR', leads: [{ id: 'l1', reached: { lead: '2024-01-01' } }], deals: [deal('l1')] });
    expect(valid.deals[0]!.leadId).toBe('l1');
    expect(validateDataset({ currency: 'EUR', deals: [deal(null)] }).deals[0]!.leadId).toBeNull();
  });

  it('must name a lead that exists, with its path', () => {
    expect(() => validateDataset({ currency: 'EUR', leads: [{ id: 'l1', reached: { lead: '2024-01-01' } }], deals: [deal('l9')] })).toThrow(
      'deals[0].leadId: must be the id of a lead in leads, got "l9"',
    );
    expect(() => validateDataset({ currency: 'EUR', deals: [deal('l1')] })).toThrow('deals[0].leadId: refers to lead "l1", but the dataset has no leads section');
    expect(issuesOf({ currency: 'EUR', deals: [deal(7)] }).map((issue) => issue.path)).toEqual(['deals[0].leadId']);
  });
});
