import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../engine/validate/index.js';
import { salesCycleFromFirstContact } from './index.js';

describe('salesCycleFromFirstContact', () => {
  const valid = validateDataset({
    currency: 'EUR',
    leads: [{ id: 'l1', reached: { lead: '2024-01-01', opportunity: '2024-02-01' } }],
    deals: [
      { id: 'a', leadId: 'l1', createdAt: '2024-02-01', closedAt: '2024-03-02', status: 'won', amount: 100 },
      { id: 'b', createdAt: '2024-02-01', closedAt: '2024-02-11', status: 'won', amount: 100 },
      { id: 'c', createdAt: '2024-02-01', closedAt: '2024-02-11', status: 'lost', amount: 100 },
    ],
  });

  it("starts a linked deal at its lead's first date, others at their creation", () => {
    // a: Jan 1 → Mar 2 = 61 days; b: 10 days; mean 35.5 days.
    const cycle = salesCycleFromFirstContact(valid.deals, valid.leads ?? []);
    expect(cycle).toEqual({ deals: 2, fromLead: 1, days: 35.5, months: (35.5 * 12) / 365 });
  });

  it('counts only deals won in the period', () => {
    expect(salesCycleFromFirstContact(valid.deals, valid.leads ?? [], { period: { start: Date.UTC(2024, 2, 1), end: Date.UTC(2024, 3, 1) } })).toMatchObject({
      deals: 1,
      days: 61,
    });
  });

  it('is null without won deals', () => {
    expect(salesCycleFromFirstContact([], [])).toEqual({ deals: 0, fromLead: 0, days: null, months: null });
  });
});
