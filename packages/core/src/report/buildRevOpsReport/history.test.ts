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
            const mrr = (month: number): ExactDecimal => fractionToExact(ledger.mrr[month - ledger.firstMonth] ?? 0n, ledger.denominator);
            let dataStart = to;
            for (let month = ledger.firstMonth; month <= to; month++) if ((ledger.mrr[month - ledger.firstMonth] ?? 0n) > 0n) {
              dataStart = month;
              break;
            }
            const series = (until: number): ExactDecimal[] => Array.from({ length: until - dataStart + 1 }, (_, i) => mrr(dataStart + i));
            const trends = revops.finance.mrrForecastByMonth.slice(0, to - from + 1).map((row) => row.trend);
            expect(trends).toEqual(
              Array.from({ length: to - from + 1 }, (_, i) => {
                const month = from + i;
                const forecast = month >= dataStart + 2 ? exactTrendSeasonalForecast(series(month - 1), { horizon: 1 })?.[0] : undefined;
                return forecast === undefined ? null : toMoney(forecast);
              }),
            );
            expect(revops.finance.mrrProjection?.map((row) => row.mrr) ?? null).toEqual(exactTrendSeasonalForecast(series(to), { horizon: 3 })?.map(toMoney) ?? null);

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
});
