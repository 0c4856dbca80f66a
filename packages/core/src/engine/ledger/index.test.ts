import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from '../../_lib/test-support/datasetArbitrary.js';
import { customerMrrTimelines } from '../customerMrr/index.js';
import { parseMonth } from '../month/index.js';
import { validateDataset } from '../validate/index.js';
import { upgradeCount } from '../../metrics/upgradeCount/index.js';
import { subscriptionColumns, subscriptionColumnsOf } from '../subscriptionColumns/index.js';
import { activeUntilMonth, computeLedger, firstActiveMonth, ledgerOfColumns, ledgerOfRange, overCommonDenominator, type MrrLedger } from './index.js';

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
    // A ledger kept without cohorts (the RevOps report reads none) is not taken for one with them.
    const fresh = subscriptionColumns(valid.subscriptions.map((sub) => ({ ...sub })));
    const from = parseMonth('2024-02')!;
    expect(ledgerOfRange(fresh, { from: from - 12, to }, false).cohorts).toEqual([]);
    expect(ledgerOfRange(fresh, { from, to })).toEqual(ledgerOfColumns(columns, { from, to }));
    expect(ledgerOfRange(fresh, { from, to }).cohorts.map((cohort) => cohort.month)).toEqual([parseMonth('2024-03')]);
  });
});

describe('the ledger sweep', () => {
  /** The rows of a ledger from `from − 1` on, as a ledger of that range would have them. */
  const fromMonth = (ledger: MrrLedger, from: number): MrrLedger => {
    const offset = from - 1 - ledger.firstMonth;
    const rows = <T>(values: T[]): T[] => values.slice(offset);
    return {
      denominator: ledger.denominator,
      firstMonth: from - 1,
      mrr: rows(ledger.mrr),
      newMrr: rows(ledger.newMrr),
      expansion: rows(ledger.expansion),
      reactivation: rows(ledger.reactivation),
      contraction: rows(ledger.contraction),
      churn: rows(ledger.churn),
      customers: rows(ledger.customers),
      newCustomers: rows(ledger.newCustomers),
      reactivatedCustomers: rows(ledger.reactivatedCustomers),
      churnedCustomers: rows(ledger.churnedCustomers),
      expandedCustomers: rows(ledger.expandedCustomers),
      cohorts: ledger.cohorts.filter((cohort) => cohort.month >= from),
    };
  };

  it('starting inside the data gives the rows of a ledger from before it (the history is summed up, not walked)', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), (dataset, start, span) => {
        const columns = subscriptionColumnsOf(validateDataset(dataset));
        const from = parseMonth('2021-06')! + start;
        const to = from + span;
        const whole = ledgerOfColumns(columns, { from: parseMonth('2021-01')!, to });
        expect(ledgerOfColumns(columns, { from, to })).toEqual(fromMonth(whole, from));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same ledger in doubles and in BigInt', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.integer({ min: 0, max: 32 }), (dataset, start) => {
        const columns = subscriptionColumnsOf(validateDataset(dataset));
        const range = { from: parseMonth('2021-10')! + start, to: parseMonth('2024-06')! };
        expect(ledgerOfColumns(columns, range, 'bigint')).toEqual(ledgerOfColumns(columns, range));
      }),
      { numRuns: 150 },
    );
  });

  it('sweeps customers past 2^51 in BigInt and the others in doubles, with the figures of an all-BigInt sweep', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 32 }), (dataset, bigCustomer, start) => {
        // One customer's amounts × 10^14: its MRR is far past 2^51, the others' stay small.
        const subscriptions = (dataset.subscriptions ?? []).map((sub) =>
          sub.customerId === `cus_${bigCustomer}` ? { ...sub, amount: `${String(sub.amount)}e14` } : sub,
        );
        const columns = subscriptionColumnsOf(validateDataset({ ...dataset, subscriptions }));
        const range = { from: parseMonth('2021-10')! + start, to: parseMonth('2024-06')! };
        expect(ledgerOfColumns(columns, range)).toEqual(ledgerOfColumns(columns, range, 'bigint'));
      }),
      { numRuns: 150 },
    );
    const huge = validateDataset({
      currency: 'EUR',
      subscriptions: [
        { id: 'a', customerId: 'big', start: '2024-01-01', end: '2024-03-01', amount: '90071992547409.93', interval: 'month' },
        { id: 'b', customerId: 'big', start: '2024-02-01', amount: '0.01', interval: 'month' },
        { id: 'c', customerId: 'small', start: '2024-01-01', amount: '0.07', interval: 'month' },
      ],
    });
    const ledger = ledgerOfColumns(subscriptionColumnsOf(huge), { from: parseMonth('2024-01')!, to: parseMonth('2024-03')! });
    const cents = (values: bigint[]) => values.map((value) => (value * 100n) / ledger.denominator);
    expect(cents(ledger.mrr)).toEqual([0n, 9007199254740993n + 7n, 9007199254740994n + 7n, 8n]);
    expect(cents(ledger.contraction)).toEqual([0n, 0n, 0n, -9007199254740993n]);
    expect(ledger.customers).toEqual([0, 2, 2, 2]);
  });

  it('groups the rows of customers whose subscriptions are interleaved', () => {
    const interleaved = validateDataset({
      currency: 'EUR',
      subscriptions: [
        { id: 'a', customerId: 'x', start: '2024-01-15', end: '2024-04-01', amount: '100', interval: 'month' },
        { id: 'b', customerId: 'y', start: '2024-02-01', amount: '30', interval: 'month' },
        { id: 'c', customerId: 'x', start: '2024-05-01', amount: '100', interval: 'month' },
      ],
    });
    const columns = subscriptionColumnsOf(interleaved);
    expect(columns.grouped).toBe(false);
    const ledger = ledgerOfColumns(columns, { from: parseMonth('2024-01')!, to: parseMonth('2024-06')! });
    expect(ledger.customers).toEqual([0, 1, 2, 2, 1, 2, 2]);
    expect(ledger.reactivatedCustomers).toEqual([0, 0, 0, 0, 0, 1, 0]);
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
