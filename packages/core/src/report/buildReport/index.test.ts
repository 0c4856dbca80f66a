import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { RevkitValidationError } from '../../engine/errors/index.js';
import { roundQuotient } from '../../engine/exact/index.js';
import { computeLedger } from '../../engine/ledger/index.js';
import { formatMonth, monthBoundary, parseMonth } from '../../engine/month/index.js';
import { nonFiniteNumbers } from '../../_lib/test-support/allFinite.js';
import type { Dataset } from '../../types.js';
import { datasetArbitrary } from '../../_lib/test-support/datasetArbitrary.js';
import { validateDataset } from '../../engine/validate/index.js';
import { buildReport } from './index.js';

/** Exact rationals for the oracle, kept independent of the engine's own arithmetic. */
type Q = { n: bigint; d: bigint };
const q = (value: Decimal.Value): Q => {
  const [n, d] = new Decimal(value).toFraction().map((part) => BigInt(part.toFixed(0)));
  return { n: n!, d: d! };
};
const add = (a: Q, b: Q): Q => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const mul = (a: Q, b: Q): Q => ({ n: a.n * b.n, d: a.d * b.d });
const sign = (a: Q): number => (a.n === 0n ? 0 : a.n > 0n ? 1 : -1);
const minus = (a: Q, b: Q): Q => add(a, { n: -b.n, d: b.d });
const ZERO: Q = { n: 0n, d: 1n };
const K: Record<string, Q> = { day: { n: 365n, d: 12n }, week: { n: 52n, d: 12n }, month: { n: 1n, d: 1n }, quarter: { n: 1n, d: 3n }, year: { n: 1n, d: 12n } };
/** Cents, half away from zero. */
const cents = (a: Q): number => {
  const n = a.n < 0n ? -a.n : a.n;
  const rounded = (200n * n + a.d) / (2n * a.d);
  const value = Number(a.n < 0n ? -rounded : rounded) / 100;
  return value === 0 ? 0 : value;
};

/** The contract's definitions, computed the slow obvious way: month by month, customer by customer, in exact rationals. */
function referenceMovements(dataset: Dataset, month: number) {
  const mrrAt = (customer: string, m: number): Q => {
    const end = monthBoundary(m);
    let total = ZERO;
    for (const sub of dataset.subscriptions ?? []) {
      if (sub.customerId !== customer) continue;
      const start = Date.parse(sub.start);
      const stop = sub.end ? Date.parse(sub.end) : null;
      if (!(start < end && (stop === null || stop >= end))) continue;
      const fx = q(sub.currency === 'USD' ? '0.92' : 1);
      const monthly = mul(mul(mul(mul(q(sub.amount), q(sub.quantity ?? 1)), minus(q(1), q(sub.discount ?? 0))), fx), mul(K[sub.interval]!, { n: 1n, d: BigInt(sub.intervalCount ?? 1) }));
      total = add(total, monthly);
    }
    return total;
  };
  const customers = [...new Set((dataset.subscriptions ?? []).map((s) => s.customerId))];
  const sums = { mrr: ZERO, new: ZERO, expansion: ZERO, reactivation: ZERO, contraction: ZERO, churn: ZERO };
  let earliest = month;
  for (const s of dataset.subscriptions ?? []) {
    const date = new Date(Date.parse(s.start));
    earliest = Math.min(earliest, date.getUTCFullYear() * 12 + date.getUTCMonth());
  }
  for (const customer of customers) {
    const p = mrrAt(customer, month - 1);
    const c = mrrAt(customer, month);
    sums.mrr = add(sums.mrr, c);
    if (sign(p) === 0 && sign(c) > 0) {
      let paidBefore = false;
      for (let m = earliest - 1; m < month - 1 && !paidBefore; m++) paidBefore = sign(mrrAt(customer, m)) > 0;
      if (paidBefore) sums.reactivation = add(sums.reactivation, c);
      else sums.new = add(sums.new, c);
    } else if (sign(p) > 0 && sign(c) === 0) sums.churn = minus(sums.churn, p);
    else if (sign(p) > 0 && sign(minus(c, p)) > 0) sums.expansion = add(sums.expansion, minus(c, p));
    else if (sign(c) > 0 && sign(minus(c, p)) < 0) sums.contraction = add(sums.contraction, minus(c, p));
  }
  return { mrr: cents(sums.mrr), new: cents(sums.new), expansion: cents(sums.expansion), reactivation: cents(sums.reactivation), contraction: cents(sums.contraction), churn: cents(sums.churn) };
}

const range = { from: parseMonth('2022-03')!, to: parseMonth('2024-09')! };

describe('buildReport properties over random datasets', () => {
  it('mrr(M−1) + netNew = mrr(M) exactly, gains ≥ 0 and losses ≤ 0', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const ledger = computeLedger(validateDataset(dataset).subscriptions, range);
        for (let i = 1; i < ledger.mrr.length; i++) {
          const net = ledger.newMrr[i]! + ledger.expansion[i]! + ledger.reactivation[i]! + ledger.contraction[i]! + ledger.churn[i]!;
          expect(ledger.mrr[i - 1]! + net).toBe(ledger.mrr[i]!);
          expect(ledger.newMrr[i]! >= 0n && ledger.expansion[i]! >= 0n && ledger.reactivation[i]! >= 0n).toBe(true);
          expect(ledger.contraction[i]! <= 0n && ledger.churn[i]! <= 0n).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('customers(M) = customers(M−1) + new + reactivated − churned', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const report = buildReport(dataset, { from: '2022-03', to: '2024-09' });
        const ledger = computeLedger(validateDataset(dataset).subscriptions, range);
        report.mrr.forEach((row, index) => {
          const previous = ledger.customers[index]!;
          expect(row.customers).toBe(previous + row.newCustomers + row.reactivatedCustomers - row.churnedCustomers);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('cohort arrays start at 1, ARR = 12 × exact MRR, and nothing is NaN or Infinity', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const report = buildReport(dataset, { from: '2022-03', to: '2024-09' });
        const ledger = computeLedger(validateDataset(dataset).subscriptions, range);
        for (const cohort of report.cohorts) {
          expect(cohort.logoRetention[0]).toBe(1);
          expect(cohort.revenueRetention[0]).toBe(1);
          expect(cohort.logoRetention).toHaveLength(parseMonth(report.to)! - parseMonth(cohort.cohort)! + 1);
        }
        // The retained figures are the ledger's exact numerators, money rounded once.
        const exactCohorts = ledger.cohorts.filter((c) => c.month >= range.from);
        expect(report.cohorts.map((c) => c.retainedCustomers)).toEqual(exactCohorts.map((c) => c.retained));
        expect(report.cohorts.map((c) => c.retainedMrr)).toEqual(exactCohorts.map((c) => c.mrr.map((n) => roundQuotient(n, ledger.denominator))));
        for (const cohort of report.cohorts) {
          expect(cohort.retainedCustomers[0]).toBe(cohort.customers);
          expect(cohort.retainedMrr[0]).toBe(cohort.mrr);
          cohort.retainedCustomers.forEach((retained, k) => expect(cohort.logoRetention[k]).toBe(retained / cohort.customers));
        }
        report.mrr.forEach((row, index) => {
          expect(row.arr).toBe(roundQuotient(12n * ledger.mrr[index + 1]!, ledger.denominator));
        });
        expect(nonFiniteNumbers(report)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('agrees to the cent with the definitions computed month by month', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.integer({ min: 0, max: 30 }), (dataset, offset) => {
        const month = range.from + offset;
        const report = buildReport(dataset, { from: formatMonth(month), to: formatMonth(month) });
        const row = report.mrr[0]!;
        const expected = referenceMovements(dataset, month);
        expect({ mrr: row.mrr, new: row.new, expansion: row.expansion, reactivation: row.reactivation, contraction: row.contraction, churn: row.churn }).toEqual(expected);
      }),
      { numRuns: 120 },
    );
  });
});

describe('buildReport', () => {
  it('rounds an exact half cent away from zero (3147.99 × 52/12 ÷ 2 = 6820.645)', () => {
    const report = buildReport(
      { currency: 'EUR', subscriptions: [{ id: 's', customerId: 'c', start: '2024-01-01', amount: '3147.99', interval: 'week', intervalCount: 2 }] },
      { from: '2024-01', to: '2024-01' },
    );
    expect(report.mrr[0]!.mrr).toBe(6820.65);
  });

  const dataset: Dataset = {
    currency: 'EUR',
    subscriptions: [
      { id: 'a1', customerId: 'a', start: '2024-01-10', end: '2024-03-01', amount: '100', interval: 'month' },
      { id: 'a2', customerId: 'a', start: '2024-05-01', amount: '120', interval: 'year' },
      { id: 'b1', customerId: 'b', start: '2024-02-01', amount: '50', interval: 'month', quantity: 2 },
    ],
  };

  it('classifies new, churn and reactivation across months', () => {
    const report = buildReport(dataset, { from: '2024-01', to: '2024-05' });
    expect(report.mrr.map((row) => [row.month, row.mrr, row.new, row.churn, row.reactivation, row.customers])).toEqual([
      ['2024-01', 100, 100, 0, 0, 1],
      ['2024-02', 200, 100, 0, 0, 2],
      ['2024-03', 100, 0, -100, 0, 1],
      ['2024-04', 100, 0, 0, 0, 1],
      ['2024-05', 110, 0, 0, 10, 2],
    ]);
    expect(report.mrr[2]!.customerChurnRate).toBe(0.5);
  });

  it('defaults the range to the data’s first and last month', () => {
    const report = buildReport(dataset);
    expect([report.from, report.to]).toEqual(['2024-01', '2024-05']);
  });

  it('computes the month before the range from the data (real first-month movements)', () => {
    const report = buildReport(dataset, { from: '2024-03', to: '2024-03' });
    expect(report.mrr[0]).toMatchObject({ churn: -100, churnedCustomers: 1, customerChurnRate: 0.5, nrr: 0.5 });
  });

  it('returns null rates for months without MRR (zero denominator)', () => {
    const report = buildReport(dataset, { from: '2023-11', to: '2023-12' });
    expect(report.mrr[1]).toMatchObject({ mrr: 0, arpa: null, nrr: null, grr: null, customerChurnRate: null, mrrGrowthRate: null, quickRatio: null });
  });

  it('reports an empty dataset without NaN', () => {
    const report = buildReport({ currency: 'USD' }, { from: '2024-01', to: '2024-02' });
    expect(report.mrr).toHaveLength(2);
    expect(report.cohorts).toEqual([]);
    expect(report.sales).toEqual({ wonDeals: 0, lostDeals: 0, winRate: null, averageDealSize: null, averageSalesCycleDays: null, openDeals: 0, openPipeline: 0, pipelineVelocity: null });
    expect(report.satisfaction).toMatchObject({ csat: null, nps: null, ces: null });
  });

  it('rejects a range with from after to, and a malformed month', () => {
    expect(() => buildReport(dataset, { from: '2024-05', to: '2024-01' })).toThrow(RevkitValidationError);
    let thrown: unknown;
    try {
      buildReport(dataset, { from: '2024-5', to: '2024-13' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RevkitValidationError);
    expect((thrown as RevkitValidationError).issues.map((issue) => issue.path)).toEqual(['from', 'to']);
  });

  it('refuses a data range wider than 100 years at once, and takes a given range inside it', () => {
    const wide = {
      currency: 'EUR',
      subscriptions: [
        { id: 'a', customerId: 'a', start: '0001-01-01', amount: '10', interval: 'month' },
        { id: 'b', customerId: 'b', start: '9998-12-01', amount: '10', interval: 'month' },
      ],
    };
    expect(() => buildReport(wide)).toThrow(/^to: has no default: the data's 0001-01 to 9998-12 spans 119976 months, and a report spans at most 100 years/m);
    expect(() => buildReport(wide, { from: '2024-01' })).toThrow(/^to: has no default: the data's 2024-01 to 9998-12 spans/m);
    expect(() => buildReport(wide, { from: '0001-01', to: '2024-12' })).toThrow(/^to: must be at most 100 years after from/m);
    expect(buildReport(wide, { from: '2024-01', to: '2024-02' }).mrr.map((row) => row.mrr)).toEqual([10, 10]);
  });

  it('cannot default the range of a dataset without dates, and says so', () => {
    expect(() => buildReport({ currency: 'EUR' })).toThrow(/has no default/);
  });

  it('switches to BigInt arithmetic when amounts are too large for doubles, exactly', () => {
    const big = buildReport(
      {
        currency: 'EUR',
        subscriptions: [
          { id: 'x', customerId: 'x', start: '2024-01-01', amount: '123456789012.345678', interval: 'week', intervalCount: 7, quantity: 1000 },
          { id: 'y', customerId: 'y', start: '2024-01-01', end: '2024-02-01', amount: '0.000001', interval: 'day', intervalCount: 11 },
        ],
      },
      { from: '2024-01', to: '2024-02' },
    );
    // 123456789012.345678 × 1000 ÷ 7 × 52 ÷ 12 = 76425631293356.8483… → .84
    expect(big.mrr[1]!.mrr).toBe(76425631293356.84);
    expect(big.mrr[1]!.churn).toBe(0);
    expect(big.mrr[1]!.churnedCustomers).toBe(1);
  });
});
