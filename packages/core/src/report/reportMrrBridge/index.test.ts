import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLedger } from '../../engine/ledger/index.js';
import { roundScaled } from '../../engine/exact/index.js';
import { parseMonth } from '../../engine/month/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { datasetArbitrary } from '../../_lib/test-support/datasetArbitrary.js';
import { MRR_MOVEMENTS } from '../../display/mrrMovements/index.js';
import { buildReport } from '../buildReport/index.js';
import type { MrrMovement, ReportMrrBridge } from '../../types.js';
import { reportMrrBridge, type MrrBridgeMonth } from './index.js';

const cents = (value: number): number => Math.round(value * 100);
/** start + the five movements, in cents: what a waterfall's last movement bar lands on. */
const landing = (bridge: ReportMrrBridge): number => MRR_MOVEMENTS.reduce((total, key) => total + cents(bridge[key]), cents(bridge.startMrr));

/** A month from its starting MRR and movements (numerators); its ending MRR is their sum. */
function month(startingMrr: bigint, movements: Partial<Record<MrrMovement, bigint>>): MrrBridgeMonth {
  const all = { new: 0n, expansion: 0n, reactivation: 0n, contraction: 0n, churn: 0n, ...movements };
  return { startingMrr, endingMrr: MRR_MOVEMENTS.reduce((total, key) => total + all[key], startingMrr), movements: all };
}

describe('reportMrrBridge', () => {
  it('zero start: the movements balance, and growth is null (zero denominator)', () => {
    const bridge = reportMrrBridge({ from: '2024-01', to: '2024-01', denominator: 1000n, months: [month(0n, { new: 12_345n, churn: -1_005n })] });
    expect(bridge).toEqual({
      from: '2024-01',
      to: '2024-01',
      startMrr: 0,
      new: 12.35,
      expansion: 0,
      reactivation: 0,
      contraction: 0,
      churn: -1.01,
      netNew: 11.34,
      endMrr: 11.34,
      growthRate: null,
      // The numerators over 1000 reduced by their common factor 5.
      exact: {
        denominator: '200',
        startMrr: '0',
        months: [{ month: '2024-01', mrr: '2268', new: '2469', expansion: '0', reactivation: '0', contraction: '0', churn: '-201' }],
      },
    });
    expect(landing(bridge)).toBe(cents(bridge.endMrr));
  });

  it('all-zero movements: start = end, net new 0, growth 0', () => {
    const flat = month(123_456n, {});
    const bridge = reportMrrBridge({ from: '2024-01', to: '2024-03', denominator: 100n, months: [flat, flat, flat] });
    expect(bridge).toMatchObject({ startMrr: 1234.56, new: 0, expansion: 0, reactivation: 0, contraction: 0, churn: 0, netNew: 0, endMrr: 1234.56, growthRate: 0 });
    expect(Object.is(bridge.churn, -0)).toBe(false);
  });

  it('negative fractional parts: losses rounded by what is left, and never above 0', () => {
    // In thousandths: 10.000 → +0.004 new, −0.004 churn, −0.004 contraction: end 9.996 → 10.00; net new 0.00.
    // Exact movements 0.4, −0.4, −0.4 cents: rounded on its own, each would be 0 (rows' figures);
    // apportioned they add up to net new: 0 + 0 + 0 = 0 (their floors 0, −1, −1 and two cents left).
    const bridge = reportMrrBridge({ from: '2024-01', to: '2024-01', denominator: 1000n, months: [month(10_000n, { new: 4n, contraction: -4n, churn: -4n })] });
    expect(bridge).toMatchObject({ startMrr: 10, new: 0, contraction: 0, churn: 0, netNew: 0, endMrr: 10 });
    // −0.6 cents of churn and +0.2 of new over a start of 10.006: end 10.002 → 10.00, start 10.01, net new −0.01.
    const lossy = reportMrrBridge({ from: '2024-01', to: '2024-01', denominator: 1000n, months: [month(10_006n, { new: 2n, churn: -6n })] });
    expect(lossy).toMatchObject({ startMrr: 10.01, new: 0, churn: -0.01, netNew: -0.01, endMrr: 10 });
    expect(landing(lossy)).toBe(cents(lossy.endMrr));
  });

  it('many cents to hand out: 120 months of 0.4 cents of each movement', () => {
    // Per month +0.004 new, +0.004 expansion, +0.004 reactivation, −0.004 contraction: rows would show 0 every month,
    // a rows' bridge a rounding step of 0.48; the exact bridge has the movements' own sums (48 cents each).
    let mrr = 100_000n;
    const months: MrrBridgeMonth[] = [];
    for (let i = 0; i < 120; i++) {
      const m = month(mrr, { new: 4n, expansion: 4n, reactivation: 4n, contraction: -4n });
      months.push(m);
      mrr = m.endingMrr;
    }
    const bridge = reportMrrBridge({ from: '2015-01', to: '2024-12', denominator: 1000n, months });
    expect(bridge).toMatchObject({ startMrr: 100, new: 0.48, expansion: 0.48, reactivation: 0.48, contraction: -0.48, churn: 0, netNew: 0.96, endMrr: 100.96 });
    expect(bridge.growthRate).toBeCloseTo(0.0096, 12);
  });

  it('hands the last cent to the largest fractional part, ties in MRR_MOVEMENTS order', () => {
    // 0.5 cents of new and 0.5 of expansion over a start of 0: end 0.01 (1 cent), one cent to hand out, to new.
    const bridge = reportMrrBridge({ from: '2024-01', to: '2024-01', denominator: 1000n, months: [month(0n, { new: 5n, expansion: 5n })] });
    expect(bridge).toMatchObject({ new: 0.01, expansion: 0, netNew: 0.01, endMrr: 0.01 });
  });

  it('2^51-scale amounts: exact past 2^53 cents', () => {
    const big = 2n ** 51n;
    // MRR of 2^51 + 1/3, new 2^51 + 1/3, churn −1/3 (a denominator of 3).
    const bridge = reportMrrBridge({ from: '2024-01', to: '2024-01', denominator: 3n, months: [month(big * 3n + 1n, { new: big * 3n + 1n, churn: -1n })] });
    expect(bridge.startMrr).toBe(Number(`${big}.33`));
    expect(bridge.endMrr).toBe(Number(`${2n * big}.33`));
    expect(bridge.netNew).toBe(Number(`${big}`));
    // new 2^51 + 0.333…, churn −0.333…: floors …33 and −34, one cent to the churn's larger fractional part (0.67).
    expect(bridge.new).toBe(Number(`${big}.33`));
    expect(bridge.churn).toBe(-0.33);
    expect(bridge.growthRate).toBeCloseTo(1, 12);
  });

  it('refuses no months, and a month whose movements do not add up to its change in MRR', () => {
    expect(() => reportMrrBridge({ from: '2024-01', to: '2024-01', denominator: 1n, months: [] })).toThrow(/reportMrrBridge: no month in 2024-01..2024-01/);
    const broken = { ...month(100n, { new: 5n }), endingMrr: 110n };
    expect(() => reportMrrBridge({ from: '2024-01', to: '2024-01', denominator: 1n, months: [broken] })).toThrow(RangeError);
  });
});

describe('report.mrrBridge over random datasets', () => {
  const range = { from: '2022-01', to: '2024-12' } as const;

  it('balances to the cent, each movement within a cent of its exact sum and on its side of zero', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.integer({ min: 0, max: 30 }), (dataset, offset) => {
        const from = `${2022 + Math.floor(offset / 12)}-${String((offset % 12) + 1).padStart(2, '0')}` as const;
        const report = buildReport(dataset, { from, to: range.to });
        const bridge = report.mrrBridge;
        const ledger = computeLedger(validateDataset(dataset).subscriptions, { from: parseMonth(from) ?? 0, to: parseMonth(range.to) ?? 0 });
        const exactCents = (numerator: bigint) => Number(numerator * 100n) / Number(ledger.denominator);
        expect([bridge.from, bridge.to]).toEqual([report.from, report.to]);
        expect(bridge.endMrr).toBe(report.mrr.at(-1)?.mrr);
        expect(cents(bridge.startMrr)).toBe(Number(roundScaled(ledger.mrr[0] ?? 0n, ledger.denominator)));
        expect(landing(bridge)).toBe(cents(bridge.endMrr));
        expect(cents(bridge.startMrr) + cents(bridge.netNew)).toBe(cents(bridge.endMrr));
        const sums: Record<MrrMovement, bigint> = { new: 0n, expansion: 0n, reactivation: 0n, contraction: 0n, churn: 0n };
        for (let i = 1; i < ledger.mrr.length; i++) {
          sums.new += ledger.newMrr[i] ?? 0n;
          sums.expansion += ledger.expansion[i] ?? 0n;
          sums.reactivation += ledger.reactivation[i] ?? 0n;
          sums.contraction += ledger.contraction[i] ?? 0n;
          sums.churn += ledger.churn[i] ?? 0n;
        }
        for (const key of MRR_MOVEMENTS) {
          expect(Math.abs(cents(bridge[key]) - exactCents(sums[key]))).toBeLessThan(1 + 1e-6);
        }
        expect(bridge.new >= 0 && bridge.expansion >= 0 && bridge.reactivation >= 0).toBe(true);
        expect(bridge.contraction <= 0 && bridge.churn <= 0).toBe(true);
        const start = ledger.mrr[0] ?? 0n;
        const end = ledger.mrr.at(-1) ?? 0n;
        if (start === 0n) expect(bridge.growthRate).toBeNull();
        else expect(bridge.growthRate).toBeCloseTo(Number(end - start) / Number(start), 12);
      }),
      { numRuns: 150 },
    );
  });

  it('over one month: the row’s MRR and growth rate; net new and movements within a cent of the row’s', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const report = buildReport(dataset, { from: '2023-06', to: '2023-06' });
        const [row] = report.mrr;
        const bridge = report.mrrBridge;
        expect(row).toBeDefined();
        if (!row) return;
        expect(bridge.endMrr).toBe(row.mrr);
        // The row rounds the exact difference; the bridge takes the difference of the rounded MRRs, so it balances.
        expect(Math.abs(cents(bridge.netNew) - cents(row.netNew))).toBeLessThanOrEqual(1);
        expect(cents(bridge.netNew)).toBe(cents(row.mrr) - cents(bridge.startMrr));
        expect(bridge.growthRate).toBe(row.mrrGrowthRate);
        for (const key of MRR_MOVEMENTS) expect(Math.abs(cents(bridge[key]) - cents(row[key]))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });
});
