import { describe, expect, it } from 'vitest';
import { parseMonth } from '../month/index.js';
import { validateDataset } from '../validate/index.js';
import { ratio } from '../exact/index.js';
import { subscriptionColumnsOf } from '../subscriptionColumns/index.js';
import { grossRevenueRetentionOverRange } from '../../metrics/grossRevenueRetentionOverRange/index.js';
import { netRevenueRetentionOverRange } from '../../metrics/netRevenueRetentionOverRange/index.js';
import { customerMrrSnapshots, customerMrrTimelines, payingCustomers, retentionTotals } from './index.js';

describe('customerMrrTimelines', () => {
  const valid = validateDataset({
    currency: 'EUR',
    subscriptions: [
      { id: 's1', customerId: 'a', start: '2024-01-10', end: '2024-03-01', amount: '30', interval: 'month' },
      { id: 's2', customerId: 'a', start: '2024-02-01', amount: '120', interval: 'year' },
      { id: 's3', customerId: 'b', start: '2023-06-01', end: '2024-02-15', amount: '1', interval: 'month' },
    ],
  });
  const range = { from: parseMonth('2024-01')!, to: parseMonth('2024-03')! };

  it('gives each customer exact MRR numerators from from − 1 to to', () => {
    const { denominator, customers } = customerMrrTimelines(valid.subscriptions, range);
    const a = customers.get('a')!.map((n) => Number(n) / Number(denominator));
    expect(a).toEqual([0, 30, 40, 10]);
    const b = customers.get('b')!.map((n) => Number(n) / Number(denominator));
    expect(b).toEqual([1, 1, 0, 0]);
  });

  it('is empty without subscriptions (empty period)', () => {
    expect(customerMrrTimelines([], range).customers.size).toBe(0);
  });

  it('flags the customers paying in a snapshot, by customer number', () => {
    // a pays at the end of 2024-01 and 2024-03; b only at the end of 2024-01 (it ends 2024-02-15).
    const snapshots = customerMrrSnapshots(subscriptionColumnsOf(valid), [range.from, range.to]);
    expect([...payingCustomers(snapshots, 0)].map((value) => value > 0)).toEqual([true, true]);
    expect([...payingCustomers(snapshots, 1)].map((value) => value > 0)).toEqual([true, false]);
  });
});

describe('retentionTotals', () => {
  const subscriptions = [
    { id: 's1', customerId: 'a', start: '2024-01-10', end: '2024-03-01', amount: '30', interval: 'month' },
    { id: 's2', customerId: 'a', start: '2024-02-01', amount: '120', interval: 'year' },
    { id: 's3', customerId: 'b', start: '2023-06-01', end: '2024-02-15', amount: '1', interval: 'month' },
    { id: 's4', customerId: 'c', start: '2023-12-01', amount: '10', interval: 'week', currency: 'USD' },
    { id: 's5', customerId: 'c', start: '2024-02-01', end: '2024-03-31', amount: '7.5', interval: 'quarter', quantity: 3 },
  ];
  // Amounts that fit doubles, and one that does not (the BigInt path).
  const small = validateDataset({ currency: 'EUR', fxRates: { USD: '0.9' }, subscriptions });
  const large = validateDataset({
    currency: 'EUR',
    fxRates: { USD: '0.9' },
    subscriptions: [...subscriptions, { id: 's6', customerId: 'd', start: '2024-02-20', amount: '99999999999999999999', interval: 'day' }],
  });

  it.each([
    ['small', small],
    ['large', large],
  ])('gives the NRR and GRR of the metrics on the per-customer timelines, for every pair of months (%s amounts)', (_, valid) => {
    const from = parseMonth('2023-11')!;
    const to = parseMonth('2024-05')!;
    const timelines = customerMrrTimelines(valid.subscriptions, { from, to });
    const columns = subscriptionColumnsOf(valid);
    for (let start = from - 1; start <= to; start++) {
      for (let end = start; end <= to; end++) {
        const changes = [...timelines.customers.values()].map((t) => ({ starting: t[start - from + 1]!, ending: t[end - from + 1]! }));
        const { starting, ending, kept } = retentionTotals(columns, start, end);
        expect([ratio(ending, starting), ratio(kept, starting)]).toEqual([netRevenueRetentionOverRange(changes), grossRevenueRetentionOverRange(changes)]);
      }
    }
  });

  it('is zero over zero (no retention) without customers paying at the start', () => {
    expect(retentionTotals(subscriptionColumnsOf(small), parseMonth('2020-01')!, parseMonth('2024-05')!)).toEqual({ starting: 0n, ending: 0n, kept: 0n });
  });
});
