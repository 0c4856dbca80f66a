import { describe, expect, it } from 'vitest';
import { parseMonth } from '../month/index.js';
import { validateDataset } from '../validate/index.js';
import { ratio } from '../exact/index.js';
import { subscriptionColumnsOf } from '../subscriptionColumns/index.js';
import { grossRevenueRetentionOverRange } from '../../metrics/grossRevenueRetentionOverRange/index.js';
import { netRevenueRetentionOverRange } from '../../metrics/netRevenueRetentionOverRange/index.js';
import { termsAmountsOf } from '../ledger/index.js';
import { customerMrrSnapshots, customerMrrTimelines, payingCustomers, rangeRetention, retentionTotals } from './index.js';

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

describe('rangeRetention', () => {
  const subscriptions = [
    { id: 's1', customerId: 'a', start: '2024-01-10', end: '2024-03-01', amount: '30', interval: 'month' },
    { id: 's2', customerId: 'a', start: '2024-02-01', amount: '120', interval: 'year' },
    { id: 's3', customerId: 'b', start: '2023-06-01', end: '2024-02-15', amount: '1', interval: 'month' },
    { id: 's4', customerId: 'c', start: '2023-12-01', amount: '10', interval: 'week', currency: 'USD' },
    { id: 's5', customerId: 'c', start: '2024-02-01', end: '2024-03-31', amount: '7.5', interval: 'quarter', quantity: 3 },
  ];
  const dataset = (rows: unknown[]) => validateDataset({ currency: 'EUR', fxRates: { USD: '0.9' }, subscriptions: rows });
  const grouped = dataset(subscriptions);
  // c's rows apart: the rows are out of customer order.
  const [s1, s2, s3, s4, s5] = subscriptions;
  const interleaved = dataset([s4, s1, s3, s2, s5]);
  const large = dataset([...subscriptions, { id: 's6', customerId: 'd', start: '2024-02-20', amount: '99999999999999999999', interval: 'day' }]);
  // Each amount fits a double exactly, d's MRR of two of them does not (2^51 + 2).
  const sumPastDoubles = validateDataset({
    currency: 'EUR',
    subscriptions: [
      { id: 'x1', customerId: 'd', start: '2023-12-01', amount: '1125899906842625', interval: 'month' },
      { id: 'x2', customerId: 'd', start: '2024-02-01', amount: '1125899906842625', interval: 'month' },
      { id: 'x3', customerId: 'e', start: '2023-12-01', end: '2024-03-01', amount: '5', interval: 'month' },
    ],
  });

  it('sums past 2^51 in BigInt when each amount fits a double (the case the doubles walk hands over)', () => {
    const columns = subscriptionColumnsOf(sumPastDoubles);
    expect(termsAmountsOf(columns).numerators.every((n) => n < 2n ** 51n)).toBe(true);
    const { range, trailing } = rangeRetention(columns, { start: parseMonth('2024-01')!, trailingStart: parseMonth('2024-02')!, end: parseMonth('2024-03')! }, false);
    expect(range).toEqual({ starting: 1125899906842630n, ending: 2251799813685250n, kept: 1125899906842625n });
    expect(trailing).toEqual({ starting: 2251799813685255n, ending: 2251799813685250n, kept: 2251799813685250n });
  });

  it.each([
    ['grouped', grouped],
    ['interleaved', interleaved],
    ['large', large],
    ['sumPastDoubles', sumPastDoubles],
  ])('gives the retention totals of retentionTotals for every start, trailing start and end (%s)', (_, valid) => {
    const columns = subscriptionColumnsOf(valid);
    const from = parseMonth('2023-11')!;
    const to = parseMonth('2024-05')!;
    // Any order of the three months (the report's is trailing start or start first, end last).
    for (let start = from - 1; start <= to; start++) {
      for (let trailingStart = from - 1; trailingStart <= to; trailingStart++) {
        for (let end = from - 1; end <= to; end++) {
          const { range, trailing } = rangeRetention(columns, { start, trailingStart, end }, false);
          expect(range).toEqual(retentionTotals(columns, start, end));
          expect(trailing).toEqual(retentionTotals(columns, trailingStart, end));
        }
      }
    }
  });

  it('lists the customers paying at the start in the order of their rows, and whether they still pay at the end', () => {
    const months = { start: parseMonth('2024-01')!, trailingStart: parseMonth('2024-01')!, end: parseMonth('2024-03')! };
    const ids = (valid: typeof grouped) => {
      const { cohort, stillPaying } = rangeRetention(subscriptionColumnsOf(valid), months, true);
      return cohort.map((c, k) => [subscriptionColumnsOf(valid).customerIds[c], stillPaying[k]]);
    };
    // a and c pay at the end of 2024-01 and 2024-03; b ends 2024-02-15.
    expect(ids(grouped)).toEqual([['a', true], ['b', false], ['c', true]]);
    expect(ids(interleaved)).toEqual([['c', true], ['a', true], ['b', false]]);
    expect(ids(large)).toEqual([['a', true], ['b', false], ['c', true]]);
    expect(rangeRetention(subscriptionColumnsOf(grouped), months, false).cohort).toEqual([]);
  });
});
