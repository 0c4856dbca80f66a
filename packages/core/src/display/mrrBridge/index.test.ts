import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../report/buildReport/index.js';
import { datasetArbitrary } from '../../_lib/test-support/datasetArbitrary.js';
import { formatMonth, parseMonth } from '../../engine/month/index.js';
import type { Dataset, MrrRow, Subscription } from '../../types.js';
import { mrrBridge } from './index.js';

/** Four customers over 2026: new, expansion, contraction, churn and a reactivation. */
const dataset: Dataset = {
  currency: 'EUR',
  subscriptions: [
    { id: 's1', customerId: 'a', start: '2025-12-01', amount: '100', interval: 'month' },
    { id: 's2', customerId: 'b', start: '2025-12-01', end: '2026-03-01', amount: '50', interval: 'month' },
    { id: 's3', customerId: 'c', start: '2026-01-15', amount: '1200', interval: 'year' },
    { id: 's4', customerId: 'a', start: '2026-02-10', end: '2026-05-01', amount: '40', interval: 'month' },
    { id: 's5', customerId: 'b', start: '2026-05-01', amount: '70', interval: 'month' },
    { id: 's6', customerId: 'd', start: '2026-03-01', amount: '9.99', interval: 'week', quantity: 3 },
  ],
};
const report = buildReport(dataset, { from: '2026-01', to: '2026-06' });

const cents = (value: number) => Math.round(value * 100);
const movementCents = (bridge: NonNullable<ReturnType<typeof mrrBridge>>) =>
  cents(bridge.new) + cents(bridge.expansion) + cents(bridge.reactivation) + cents(bridge.contraction) + cents(bridge.churn);

describe('mrrBridge', () => {
  it('over one month equals the report row', () => {
    for (const row of report.mrr) {
      const bridge = mrrBridge([row])!;
      expect(bridge.from).toBe(row.month);
      expect(bridge.to).toBe(row.month);
      expect(bridge.endMrr).toBe(row.mrr);
      expect(bridge.netNew).toBe(row.netNew);
      for (const movement of ['new', 'expansion', 'reactivation', 'contraction', 'churn'] as const) {
        expect(bridge[movement]).toBe(row[movement]);
      }
      // The engine divides exact sums; the bridge divides cent-rounded ones.
      if (row.mrrGrowthRate === null) expect(bridge.growthRate).toBeNull();
      else expect(bridge.growthRate).toBeCloseTo(row.mrrGrowthRate, 6);
    }
  });

  it('starts from the MRR of the month before the first row', () => {
    const bridge = mrrBridge(report.mrr, { from: '2026-02' })!;
    expect(bridge.startMrr).toBe(report.mrr[0]!.mrr);
    expect(bridge.from).toBe('2026-02');
    expect(bridge.to).toBe('2026-06');
  });

  it('sums the movements of the range in integer cents and adds up: start + movements + rounding = end', () => {
    const bridge = mrrBridge(report.mrr)!;
    const sum = (field: keyof MrrRow) => report.mrr.reduce((total, row) => total + cents(row[field] as number), 0);
    expect(cents(bridge.new)).toBe(sum('new'));
    expect(cents(bridge.churn)).toBe(sum('churn'));
    expect(bridge.reactivation).toBeGreaterThan(0);
    expect(bridge.contraction).toBeLessThan(0);
    expect(cents(bridge.startMrr) + movementCents(bridge) + cents(bridge.rounding)).toBe(cents(bridge.endMrr));
    expect(cents(bridge.startMrr) + cents(bridge.netNew)).toBe(cents(bridge.endMrr));
    expect(bridge.growthRate).toBeCloseTo((bridge.endMrr - bridge.startMrr) / bridge.startMrr, 12);
  });

  it('keeps only the rows from..to', () => {
    const bridge = mrrBridge(report.mrr, { from: '2026-03', to: '2026-04' })!;
    const rows = report.mrr.filter((row) => row.month >= '2026-03' && row.month <= '2026-04');
    expect(bridge).toEqual(mrrBridge(rows));
    expect(bridge.endMrr).toBe(rows[1]!.mrr);
  });

  it('has no float drift over long ranges of cent amounts', () => {
    const rows: MrrRow[] = Array.from({ length: 120 }, (_, index) => ({
      ...report.mrr[0]!,
      month: `${2020 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
      mrr: 0.1 * (index + 1),
      new: 0.1,
      expansion: 0,
      reactivation: 0,
      contraction: 0,
      churn: 0,
      netNew: 0.1,
    }));
    const bridge = mrrBridge(rows)!;
    expect(bridge.new).toBe(12);
    expect(bridge.netNew).toBe(12);
    expect(bridge.rounding).toBe(0);
  });

  it('returns null for no rows, or no row in from..to', () => {
    expect(mrrBridge([])).toBeNull();
    expect(mrrBridge(report.mrr, { from: '2027-01' })).toBeNull();
    expect(mrrBridge(report.mrr, { from: '2026-05', to: '2026-02' })).toBeNull();
  });

  it('returns a null growth rate when the starting MRR is 0 (zero denominator)', () => {
    const empty = buildReport({ currency: 'EUR' }, { from: '2026-01', to: '2026-03' });
    const bridge = mrrBridge(empty.mrr)!;
    expect(bridge.startMrr).toBe(0);
    expect(bridge.growthRate).toBeNull();
    // From nothing to something: still no rate, the growth is not a number.
    const fromZero = mrrBridge(buildReport(dataset, { from: '2025-12', to: '2026-01' }).mrr)!;
    expect(fromZero.startMrr).toBe(0);
    expect(fromZero.endMrr).toBeGreaterThan(0);
    expect(fromZero.growthRate).toBeNull();
  });

  it('throws a RangeError for a malformed month, rows out of order or with a gap, and non-finite amounts', () => {
    expect(() => mrrBridge(report.mrr, { from: '2026-13' })).toThrow(RangeError);
    expect(() => mrrBridge(report.mrr, { to: 'June' })).toThrow(/to must be a month as YYYY-MM/);
    expect(() => mrrBridge([...report.mrr].reverse())).toThrow(/consecutive months/);
    expect(() => mrrBridge([report.mrr[0]!, report.mrr[2]!])).toThrow(/consecutive months/);
    expect(() => mrrBridge([{ ...report.mrr[0]!, churn: Number.NaN }])).toThrow(/churn is not a finite number/);
  });

  it('adds up to the cent on random reports, with a rounding of a few cents at most', () => {
    const subscription = fc.record({
      customer: fc.integer({ min: 1, max: 5 }),
      startDay: fc.integer({ min: 0, max: 700 }),
      lengthDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
      cents: fc.integer({ min: 1, max: 300_000 }),
      interval: fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const),
      intervalCount: fc.integer({ min: 1, max: 3 }),
      quantity: fc.integer({ min: 1, max: 4 }),
      discount: fc.constantFrom(0, 0.1, '0.333'),
    });
    fc.assert(
      fc.property(fc.array(subscription, { maxLength: 12 }), fc.integer({ min: 0, max: 20 }), (rows, offset) => {
        const subscriptions = rows.map((row, index): Subscription => {
          const start = Date.UTC(2024, 0, 1) + row.startDay * 86_400_000;
          return {
            id: `s${index}`,
            customerId: `c${row.customer}`,
            start: new Date(start).toISOString(),
            end: row.lengthDays === undefined ? null : new Date(start + row.lengthDays * 86_400_000).toISOString(),
            amount: (row.cents / 100).toFixed(2),
            interval: row.interval,
            intervalCount: row.intervalCount,
            quantity: row.quantity,
            discount: row.discount,
          };
        });
        const mrr = buildReport({ currency: 'EUR', subscriptions }, { from: '2024-01', to: '2026-06' }).mrr;
        const range = mrr.slice(offset);
        const bridge = mrrBridge(range)!;
        expect(cents(bridge.startMrr) + movementCents(bridge) + cents(bridge.rounding)).toBe(cents(bridge.endMrr));
        expect(cents(bridge.startMrr) + cents(bridge.netNew)).toBe(cents(bridge.endMrr));
        // Each row rounds five movements and its net new to half a cent each.
        expect(Math.abs(cents(bridge.rounding))).toBeLessThanOrEqual(3 * range.length + 2);
        expect(bridge.endMrr).toBe(range.at(-1)!.mrr);
      }),
      { numRuns: 100 },
    );
  });
});

describe('mrrBridge with the report’s bridge (reportBridge)', () => {
  const exactCents = (bridge: NonNullable<ReturnType<typeof mrrBridge>>) => cents(bridge.startMrr) + movementCents(bridge);

  it('over the report’s range is report.mrrBridge itself, with no rounding', () => {
    expect(mrrBridge(report.mrr, { reportBridge: report.mrrBridge })).toEqual({ ...report.mrrBridge, rounding: 0 });
    // Without rows too: the range is then the report bridge's.
    expect(mrrBridge([], { reportBridge: report.mrrBridge })).toEqual({ ...report.mrrBridge, rounding: 0 });
  });

  it('over a quarter inside the report: the bridge the report of that quarter carries, to the cent', () => {
    const bridge = mrrBridge(report.mrr, { from: '2026-02', to: '2026-04', reportBridge: report.mrrBridge })!;
    const quarter = buildReport(dataset, { from: '2026-02', to: '2026-04' }).mrrBridge;
    expect(bridge).toEqual({ ...quarter, exact: undefined, rounding: 0 });
    expect(bridge).toMatchObject({ from: '2026-02', to: '2026-04', startMrr: report.mrr[0]!.mrr, endMrr: report.mrr[3]!.mrr });
    expect(exactCents(bridge)).toBe(cents(bridge.endMrr));
  });

  it('reads the report as JSON (the CLI’s output, a fetched report): the exact figures are strings', () => {
    const parsed = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(parsed.mrrBridge.exact?.months.map((month) => month.month)).toEqual(report.mrr.map((row) => row.month));
    expect(mrrBridge(parsed.mrr, { from: '2026-03', to: '2026-05', reportBridge: parsed.mrrBridge })).toEqual(
      mrrBridge(report.mrr, { from: '2026-03', to: '2026-05', reportBridge: report.mrrBridge }),
    );
  });

  it('a range past the report’s exact months is summed from the rows; a hand-made bridge counts for its own range only', () => {
    const wider = buildReport(dataset, { from: '2025-12', to: '2026-06' });
    // The report's exact figures start in 2026-01: a bridge from 2025-12 comes from the rows.
    const rows = mrrBridge(wider.mrr, { reportBridge: report.mrrBridge })!;
    expect(rows.from).toBe('2025-12');
    expect(rows.exact).toBeUndefined();
    const handMade = { ...report.mrrBridge, exact: undefined };
    expect(mrrBridge(report.mrr, { reportBridge: handMade })).toEqual({ ...handMade, rounding: 0 });
    expect(mrrBridge(report.mrr, { from: '2026-02', reportBridge: handMade })).toEqual(mrrBridge(report.mrr, { from: '2026-02' }));
  });

  it('still refuses rows that cannot be bridged, and malformed exact figures, with the path', () => {
    expect(() => mrrBridge([{ ...report.mrr[0]!, new: Number.NaN }], { reportBridge: report.mrrBridge })).toThrow(/new is not a finite number/);
    const exact = report.mrrBridge.exact!;
    const broken = (months: typeof exact.months) => ({ ...report.mrrBridge, exact: { ...exact, months } });
    expect(() => mrrBridge([], { from: '2026-02', to: '2026-05', reportBridge: broken(exact.months.map((month, i) => (i === 1 ? { ...month, churn: '1.5' } : month))) })).toThrow(
      'mrrBridge: exact.months[1].churn must be an integer as a decimal string, got "1.5"',
    );
    expect(() => mrrBridge([], { from: '2026-02', to: '2026-05', reportBridge: broken(exact.months.map((month, i) => (i === 2 ? { ...month, month: '2026-07' } : month))) })).toThrow(
      /exact.months\[2\].month must be 2026-03/,
    );
    expect(() => mrrBridge([], { from: '2026-02', to: '2026-05', reportBridge: broken(exact.months.map((month, i) => (i === 2 ? { ...month, new: '1' } : month))) })).toThrow(
      /do not add up to its change in MRR/,
    );
    expect(() => mrrBridge([], { from: '2026-02', reportBridge: { ...report.mrrBridge, exact: { ...exact, denominator: '0' } } })).toThrow(/denominator must be positive/);
  });

  it('over one row without the report’s bridge: the row’s own growth rate (from the exact MRR)', () => {
    for (const row of report.mrr) expect(mrrBridge([row])!.growthRate).toBe(row.mrrGrowthRate);
  });

  it('on random datasets, every range inside the report equals the report of that range, balanced to the cent', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 35 }), (data, a, b) => {
        const whole = buildReport(data, { from: '2022-01', to: '2024-12' });
        const first = parseMonth('2022-01')!;
        const from = formatMonth(first + Math.min(a, b));
        const to = formatMonth(first + Math.max(a, b));
        const bridge = mrrBridge(whole.mrr, { from, to, reportBridge: whole.mrrBridge })!;
        // The report's own range is report.mrrBridge itself, exact figures included; a range inside it carries none.
        const own = from === whole.mrrBridge.from && to === whole.mrrBridge.to;
        expect(bridge).toEqual({ ...buildReport(data, { from, to }).mrrBridge, ...(own ? {} : { exact: undefined }), rounding: 0 });
        expect(exactCents(bridge)).toBe(cents(bridge.endMrr));
      }),
      { numRuns: 60 },
    );
  });
});
