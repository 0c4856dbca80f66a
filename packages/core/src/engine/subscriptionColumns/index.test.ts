import { describe, expect, it } from 'vitest';
import { parseMonth } from '../month/index.js';
import { computeLedger, ledgerOfColumns } from '../ledger/index.js';
import { validateDataset, type ValidSubscription } from '../validate/index.js';
import { subscriptionColumns, subscriptionColumnsOf } from './index.js';

const valid = validateDataset({
  currency: 'EUR',
  subscriptions: [
    { id: 'a', customerId: 'x', start: '2024-01-15', end: '2024-04-01', amount: '100', interval: 'month' },
    { id: 'b', customerId: 'y', start: '2024-02-01', amount: '1000', interval: 'year' },
    { id: 'c', customerId: 'x', start: '2024-03-31T23:59:59Z', amount: '100', interval: 'month' },
  ],
});

describe('subscription columns', () => {
  it('hold one row per subscription, sharing repeated terms', () => {
    const columns = subscriptionColumnsOf(valid);
    expect(columns.count).toBe(3);
    expect(columns.ids).toEqual(['a', 'b', 'c']);
    expect([...columns.customer]).toEqual([0, 1, 0]);
    expect(columns.customerIds).toEqual(['x', 'y']);
    expect([...columns.end]).toEqual([Date.UTC(2024, 3, 1), Infinity, Infinity]);
    expect([...columns.terms]).toEqual([0, 1, 0]);
    expect(columns.termsTable).toHaveLength(2);
  });

  it('give the same columns back from the objects they make', () => {
    const fromObjects = subscriptionColumns(valid.subscriptions.map((sub) => ({ ...sub })));
    const own = subscriptionColumnsOf(valid);
    expect({ ...fromObjects, termsTable: fromObjects.termsTable.length }).toEqual({ ...own, termsTable: own.termsTable.length });
  });

  it('give the same ledger from hand-made objects as from validation', () => {
    const range = { from: parseMonth('2024-01')!, to: parseMonth('2024-06')! };
    const objects: ValidSubscription[] = valid.subscriptions.map((sub) => ({ ...sub }));
    expect(computeLedger(objects, range)).toEqual(ledgerOfColumns(subscriptionColumnsOf(valid), range));
  });

  it('follow a replaced subscriptions array', () => {
    const copy = validateDataset({ currency: 'EUR', subscriptions: [{ id: 'a', customerId: 'x', start: '2024-01-15', amount: '1', interval: 'month' }] });
    copy.subscriptions = [];
    expect(subscriptionColumnsOf(copy).count).toBe(0);
  });
});
