import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from '../../_lib/test-support/datasetArbitrary.js';
import { ExactDecimal, fractionToExact, toMoney } from '../../engine/exact/index.js';
import { ledgerOfColumns } from '../../engine/ledger/index.js';
import { formatMonth, parseMonth } from '../../engine/month/index.js';
import { subscriptionColumnsOf } from '../../engine/subscriptionColumns/index.js';
import { validateDataset } from '../../engine/validate/index.js';
import { purchaseFrequencyLifetimeValue } from '../../metrics/purchaseFrequencyLifetimeValue/index.js';
import { exactTrendSeasonalForecast } from '../../metrics/trendSeasonalForecast/index.js';
import { buildReportFromValid } from '../buildReport/index.js';
import { buildRevOpsReportFromValid } from './index.js';

/**
 * The figures that read the whole history before a range (the MRR trend and its backtest, the lifetime
 * value) computed from their definition: one ledger over every month from the first subscription, in
 * BigInt, and the decimal trend fit of the MRR series. The report reads the months before its ledger
 * from running sums of the whole history; several ranges, in any order, on one validated dataset.
 */
describe('the RevOps report on the history before its range', () => {
  it('equals the figures computed over every month from the first subscription', () => {
    fc.assert(
      fc.property(
        datasetArbitrary,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 })), { minLength: 1, maxLength: 3 }),
        (dataset, ranges) => {
          const valid = validateDataset(dataset);
          const columns = subscriptionColumnsOf(valid);
          for (const [start, span] of ranges) {
            const from = (parseMonth('2022-01') ?? 0) + start;
            const to = from + span;
            const range = { from: formatMonth(from), to: formatMonth(to) };
            // The report first, as the CLI and the dashboard do (its ledger is the one the RevOps report reuses).
            buildReportFromValid(valid, range);
            const revops = buildRevOpsReportFromValid(valid, range);

            let earliest = from - 12;
            for (let i = 0; i < columns.count; i++) earliest = Math.min(earliest, columns.startMonth[i] ?? earliest);
            const ledger = ledgerOfColumns(columns, { from: earliest, to }, 'bigint', Infinity);
            let dataStart = to;
            for (let month = ledger.firstMonth; month <= to; month++) if ((ledger.mrr[month - ledger.firstMonth] ?? 0n) > 0n) {
              dataStart = month;
              break;
            }
            // The fit of the exact MRR fractions: the numerators fitted as integers, then divided by the ledger's
            // denominator (the fit is linear), not of MRR rounded to 60 digits first, which can move a forecast
            // that is exactly half a cent (71280.165) to the cent below.
            const numerators = (until: number): bigint[] =>
              Array.from({ length: until - dataStart + 1 }, (_, i) => ledger.mrr[dataStart + i - ledger.firstMonth] ?? 0n);
            const fitted = (until: number, horizon: number): number[] | undefined =>
              exactTrendSeasonalForecast(numerators(until), { horizon })?.map((value) => toMoney(value.div(ledger.denominator.toString())));
            const trends = revops.finance.mrrForecastByMonth.slice(0, to - from + 1).map((row) => row.trend);
            expect(trends).toEqual(
              Array.from({ length: to - from + 1 }, (_, i) => {
                const month = from + i;
                const forecast = month >= dataStart + 2 ? fitted(month - 1, 1)?.[0] : undefined;
                return forecast ?? null;
              }),
            );
            expect(revops.finance.mrrProjection?.map((row) => row.mrr) ?? null).toEqual(fitted(to, 3) ?? null);

            let revenue = 0n;
            let customerMonths = 0;
            let everCustomers = 0;
            ledger.mrr.forEach((value, row) => {
              revenue += value;
              customerMonths += ledger.customers[row] ?? 0;
              everCustomers += ledger.newCustomers[row] ?? 0;
            });
            const lifetimeRevenue = fractionToExact(revenue, ledger.denominator);
            expect(revops.finance.purchaseFrequencyLifetimeValue).toBe(
              purchaseFrequencyLifetimeValue({
                averageTransactionValue: customerMonths === 0 ? null : lifetimeRevenue.div(customerMonths),
                purchaseFrequency: everCustomers === 0 ? null : new ExactDecimal(customerMonths).div(everCustomers),
              }),
            );
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('rounds a projection of exactly half a cent up, from the exact MRR fractions (71280.165 → 71280.17)', () => {
    // Daily prices over 3 days: MRR in thirds, whose 60-digit decimals would put the fit a hair under the half cent.
    const valid = validateDataset({
      currency: 'EUR',
      subscriptions: [
        { id: 'sub_0', customerId: 'cus_1', start: '2022-03-01', end: '2022-08-01', amount: '4342.44', interval: 'week', intervalCount: 3, quantity: 4, discount: 0.1 },
        { id: 'sub_1', customerId: 'cus_1', start: '2023-07-01', end: null, amount: '4395.62', interval: 'day', intervalCount: 3, quantity: 3 },
        { id: 'sub_2', customerId: 'cus_1', start: '2022-11-01', end: '2022-12-01', amount: '2807.66', interval: 'day', intervalCount: 3, quantity: 2, discount: 0.1 },
      ],
    });
    const revops = buildRevOpsReportFromValid(valid, { from: '2022-08', to: '2023-09' });
    expect(revops.finance.mrrProjection?.map((row) => row.mrr)).toEqual([71280.17, 75433.22, 79586.27]);
  });
});
