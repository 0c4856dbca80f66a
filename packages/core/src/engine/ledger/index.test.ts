import { describe, expect, it } from 'vitest';
import { customerMrrTimelines } from '../customerMrr/index.js';
import { parseMonth } from '../month/index.js';
import { validateDataset } from '../validate/index.js';
import { upgradeCount } from '../../metrics/upgradeCount/index.js';
import { subscriptionColumnsOf } from '../subscriptionColumns/index.js';
import { activeUntilMonth, computeLedger, firstActiveMonth, ledgerOfColumns, ledgerOfRange, overCommonDenominator } from './index.js';

const input = {
  currency: 'EUR',
  subscriptions: [
    { id: 'a', customerId: 'x', start: '2024-01-15', end: '2024-04-01', amount: '100', interval: 'month' },
    { id: 'b', customerId: 'x', start: '2024-02-01', amount: '1000', interval: 'year' },
    { id: 'c', customerId: 'y', start: '2024-03-31T23:59:59Z', amount: '70', interval: 'month', intervalCount: 3 },
    { id: 'd', customerId: 'z', start: '2024-02-10', end: '2024-02-20', amount: '50', interval: 'month' },
  ],
};
const valid = validateDataset(input);

describe('ledger helpers', () => {
  it('puts fractions over their least common denominator', () => {
    expect(
      overCommonDenominator([
        { numerator: 1n, denominator: 4n },
        { numerator: 1n, denominator: 6n },
      ]),
    ).toEqual({ denominator: 12n, numerators: [3n, 2n] });
    expect(overCommonDenominator([])).toEqual({ denominator: 1n, numerators: [] });
  });

  it('states the activity rule once: month(start) ≤ M < month(end)', () => {
    const [a, b, c, d] = valid.subscriptions;
    expect([firstActiveMonth(a!), activeUntilMonth(a!)]).toEqual([parseMonth('2024-01'), parseMonth('2024-04')]);
    expect(activeUntilMonth(b!)).toBe(Infinity);
    expect(firstActiveMonth(c!)).toBe(parseMonth('2024-03'));
    // Started and ended within one month: never active at a month end.
    expect(activeUntilMonth(d!)).toBe(firstActiveMonth(d!));
  });

  it('agrees with the per-customer timelines, which share the rule and the denominator', () => {
    const range = { from: parseMonth('2024-01')!, to: parseMonth('2024-06')! };
    const ledger = computeLedger(valid.subscriptions, range);
    const timelines = customerMrrTimelines(valid.subscriptions, range);
    expect(timelines.denominator).toBe(ledger.denominator);
    const totals = ledger.mrr.map((_, m) => [...timelines.customers.values()].reduce((sum, timeline) => sum + timeline[m]!, 0n));
    expect(totals).toEqual(ledger.mrr);
    expect(ledger.customers).toEqual([0, 1, 1, 2, 2, 2, 2]);
  });

  it('counts expanded customers as upgradeCount does on the timelines', () => {
    const range = { from: parseMonth('2024-01')!, to: parseMonth('2024-06')! };
    const ledger = computeLedger(valid.subscriptions, range);
    expect(ledger.expandedCustomers.slice(1)).toEqual(upgradeCount(customerMrrTimelines(valid.subscriptions, range)));
    expect(ledger.expandedCustomers).toEqual([0, 0, 1, 0, 0, 0, 0]);
  });

  it('cuts the same ledger from the kept history, whatever range came first', () => {
    const columns = subscriptionColumnsOf(valid);
    const to = parseMonth('2024-06')!;
    for (const from of [parseMonth('2023-01')!, parseMonth('2024-03')!, parseMonth('2024-01')!, parseMonth('2021-05')!]) {
      expect(ledgerOfRange(columns, { from, to })).toEqual(ledgerOfColumns(columns, { from, to }));
    }
  });

  it('cuts any range inside the kept history, ending at any month, before or after the data', () => {
    const columns = subscriptionColumnsOf(validateDataset(input)) // fresh columns: nothing kept yet;
    const ranges = [
      ['2024-03', '2024-06'],
      ['2023-01', '2024-02'],
      ['2024-05', '2024-05'],
      ['2022-01', '2023-06'],
      ['2024-02', '2026-01'],
      ['2023-11', '2024-04'],
      ['2030-01', '2030-03'],
    ] as const;
    for (const [from, to] of ranges) {
      const range = { from: parseMonth(from)!, to: parseMonth(to)! };
      expect(ledgerOfRange(columns, range)).toEqual(ledgerOfColumns(columns, range));
    }
  });
});
