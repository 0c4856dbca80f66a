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
    // Field by field: validation's columns read their instants through getters.
    const asRecord = ({ count, ids, customer, customerIds, grouped, start, end, startMonth, endMonth, terms, termsTable, firstInstant, lastInstant }: typeof own) => ({
      ...{ count, ids, customer: [...customer], customerIds, grouped, start: [...start], end: [...end], startMonth: [...startMonth] },
      ...{ endMonth: [...endMonth], terms: [...terms], termsTable: termsTable.length, firstInstant, lastInstant },
    });
    expect(asRecord(fromObjects)).toEqual(asRecord(own));
  });

  it('give the instants of plain dates, made from their months and days on first read', () => {
    const plain = validateDataset({
      currency: 'EUR',
      subscriptions: [
        { id: 'a', customerId: 'x', start: '2024-01-15', end: '2024-02-29', amount: '100', interval: 'month' },
        { id: 'b', customerId: 'y', start: '1999-12-31', amount: '1000', interval: 'year' },
      ],
    });
    const columns = subscriptionColumnsOf(plain);
    // One row's instants, before the columns are made (renewal counting reads a few rows).
    expect([columns.startAt(0), columns.endAt(0), columns.startAt(1), columns.endAt(1)]).toEqual([Date.UTC(2024, 0, 15), Date.UTC(2024, 1, 29), Date.UTC(1999, 11, 31), Infinity]);
    expect([...columns.start]).toEqual([Date.UTC(2024, 0, 15), Date.UTC(1999, 11, 31)]);
    expect([...columns.end]).toEqual([Date.UTC(2024, 1, 29), Infinity]);
    expect(plain.subscriptions.map((sub) => [sub.start, sub.end])).toEqual([
      [Date.UTC(2024, 0, 15), Date.UTC(2024, 1, 29)],
      [Date.UTC(1999, 11, 31), null],
    ]);
  });

  it('give the instants of rows before and after the first one that is not a plain date', () => {
    const mixed = validateDataset({
      currency: 'EUR',
      subscriptions: [
        { id: 'a', customerId: 'x', start: '2024-01-15', end: '2024-03-01', amount: '1', interval: 'month' },
        { id: 'b', customerId: 'x', start: '2024-03-01T12:00:00Z', amount: '1', interval: 'month' },
        { id: 'c', customerId: 'y', start: '2024-05-31', end: '2024-06-30', amount: '1', interval: 'month' },
      ],
    });
    const columns = subscriptionColumnsOf(mixed);
    expect([...columns.start]).toEqual([Date.UTC(2024, 0, 15), Date.UTC(2024, 2, 1, 12), Date.UTC(2024, 4, 31)]);
    expect([...columns.end]).toEqual([Date.UTC(2024, 2, 1), Infinity, Date.UTC(2024, 5, 30)]);
    const fromObjects = subscriptionColumns(mixed.subscriptions.map((sub) => ({ ...sub })));
    expect([0, 1, 2].map((row) => [fromObjects.startAt(row), fromObjects.endAt(row)])).toEqual([0, 1, 2].map((row) => [columns.startAt(row), columns.endAt(row)]));
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
