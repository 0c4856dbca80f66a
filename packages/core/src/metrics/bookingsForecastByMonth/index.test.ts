import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactDecimal, scaledToExact, toMoney } from '../../engine/exact/index.js';
import { dealsKnownAt } from '../../engine/knownAt/index.js';
import { formatMonth, monthBoundary, monthOfInstant, parseMonth } from '../../engine/month/index.js';
import { validateDataset, type ValidDeal } from '../../engine/validate/index.js';
import { dealsArbitrary } from '../../_lib/test-support/dealsArbitrary.js';
import { exactSalesCycleDays } from '../averageSalesCycleDays/index.js';
import { exactBookings } from '../bookings/index.js';
import { exactCombinedForecast } from '../combinedForecast/index.js';
import { stageWinProbabilities, stageWinProbabilitiesAt } from '../stageWinProbabilities/index.js';
import { dealColumnsOf } from '../../_lib/dealColumns/index.js';
import { exactTrendSeasonalForecast } from '../trendSeasonalForecast/index.js';
import { exactWeightedPipeline } from '../weightedPipeline/index.js';
import { bookingsForecastByMonth, dealsAtMonthEnd, type BookingsForecastMonth } from './index.js';

const deals = validateDataset({
  currency: 'EUR',
  deals: [
    { id: 'd1', createdAt: '2024-01-01', closedAt: '2024-01-11', status: 'won', amount: '1000', stage: 'Negotiation' },
    { id: 'd2', createdAt: '2024-01-01', closedAt: '2024-02-01', status: 'lost', amount: '500', stage: 'Discovery' },
    { id: 'd3', createdAt: '2024-02-15', status: 'open', amount: '2000', stage: 'Negotiation' },
    { id: 'd4', createdAt: '2024-02-01', closedAt: '2024-03-11', status: 'won', amount: '3000', stage: 'Negotiation' },
  ],
}).deals;

describe('bookingsForecastByMonth', () => {
  const { months, error } = bookingsForecastByMonth(deals, { from: '2024-02', to: '2024-03' });

  it('forecasts each month from what was known at the end of the month before (point in time)', () => {
    // February, as of 1 Feb: d2 closes on 1 Feb so it is still open; d4 (created on 1 Feb) is not known yet.
    // Its stage has no closed deal: the overall win rate (1 of 1) weighs it; the cycle is d1's 10 days.
    expect(months[0]).toEqual({ month: '2024-02', actual: 0, stageWeighted: 500, trend: null, combined: 500 });
    // March, as of 1 Mar: d3 and d4 open at Negotiation (1 of 1 won); monthly bookings [1000, 0] project to 0.
    expect(months[1]).toEqual({ month: '2024-03', actual: 3000, stageWeighted: 5000, trend: 0, combined: 2500 });
  });

  it('ends with the month after the range: no actual, the forecast of the report', () => {
    // d3 × 30 days ÷ d4's 39-day cycle; trend of [1000, 0, 3000]; combined from the exact estimates.
    expect(months[2]).toEqual({ month: '2024-04', actual: null, stageWeighted: 1538.46, trend: 3333.33, combined: 2435.9 });
  });

  it('the error of each forecast is the MAPE over the range’s months with bookings', () => {
    expect(error.stageWeighted).toBeCloseTo(2000 / 3000, 12);
    expect(error.trend).toBe(1);
    expect(error.combined).toBeCloseTo(500 / 3000, 12);
  });

  it('the combined forecast rounds once: from the exact estimates, not their cents', () => {
    // Exact: (1538.461538… + 3333.333333… + 0.222) ÷ 3 = 1624.00562… → 1624.01.
    // From the rounded estimates it would be (1538.46 + 3333.33 + 0.222) ÷ 3 = 1624.004 → 1624.00.
    const withCommitted = bookingsForecastByMonth(deals, { from: '2024-02', to: '2024-03', committedBookings: '0.222' });
    expect(withCommitted.months[2]?.combined).toBe(1624.01);
    // The committed figure is for the month after the range only.
    expect(withCommitted.months[1]?.combined).toBe(2500);
  });

  it('no month with bookings: every error is null (zero denominator), never NaN', () => {
    const quiet = bookingsForecastByMonth(deals, { from: '2024-06', to: '2024-07' });
    expect(quiet.months.map((month) => month.actual)).toEqual([0, 0, null]);
    expect(quiet.error).toEqual({ stageWeighted: null, trend: null, combined: null });
  });

  it('no deals: no forecast, no error', () => {
    const none = bookingsForecastByMonth([], { from: '2024-01', to: '2024-01' });
    expect(none.months).toEqual([
      { month: '2024-01', actual: 0, stageWeighted: null, trend: null, combined: null },
      { month: '2024-02', actual: null, stageWeighted: null, trend: null, combined: null },
    ]);
    expect(none.error).toEqual({ stageWeighted: null, trend: null, combined: null });
  });

  it('a reversed range is a validation error with its path', () => {
    expect(() => bookingsForecastByMonth(deals, { from: '2024-03', to: '2024-01' })).toThrow(/from/);
  });
});

/**
 * The forecasts as first written, straight from their definition: the deals cut with `dealsKnownAt`, the
 * probabilities, weighted pipeline and cycle from the metric functions. The fast version must agree.
 */
function reference(all: ValidDeal[], from: string, to: string, stageOrder?: string[]): BookingsForecastMonth[] {
  const first = parseMonth(from) ?? 0;
  const last = parseMonth(to) ?? 0;
  const rows: BookingsForecastMonth[] = [];
  for (let month = first; month <= last + 1; month++) {
    const asOf = monthBoundary(month - 1);
    const known = dealsKnownAt(all, asOf);
    const learned = stageWinProbabilities(known, { stageOrder });
    const weighted = exactWeightedPipeline(known, learned);
    const won = known.filter((deal) => deal.status === 'won' && deal.closedAt !== null) as (ValidDeal & { closedAt: number })[];
    const cycle = exactSalesCycleDays(won.filter((deal) => deal.closedAt >= monthBoundary(month - 1 - (last - first + 1))));
    const days = (monthBoundary(month) - asOf) / 86_400_000;
    const stageWeighted = weighted === null || cycle === null || cycle.isZero() ? null : weighted.times(ExactDecimal.min(1, new ExactDecimal(days).div(cycle)));
    let firstMonth = month - 1;
    for (const deal of won) firstMonth = Math.min(firstMonth, monthOfInstant(deal.closedAt));
    const monthly = Array.from({ length: month - firstMonth }, () => new ExactDecimal(0));
    for (const deal of won) {
      const index = monthOfInstant(deal.closedAt) - firstMonth;
      monthly[index] = (monthly[index] ?? new ExactDecimal(0)).plus(scaledToExact(deal.amount));
    }
    const trend = exactTrendSeasonalForecast(monthly, { horizon: 1 })?.[0] ?? null;
    const combined = exactCombinedForecast({ stageWeighted, trend });
    const period = { start: monthBoundary(month - 1), end: monthBoundary(month) };
    const actual = month <= last ? exactBookings(all, { period }).value : null;
    const money = (value: ExactDecimal | null) => (value === null ? null : toMoney(value));
    rows.push({ month: formatMonth(month), actual: money(actual), stageWeighted: money(stageWeighted), trend: money(trend), combined: money(combined) });
  }
  return rows;
}

describe('bookingsForecastByMonth against its definition', () => {
  it('equals the forecasts computed from the deals cut at each month’s start, on random pipelines', () => {
    fc.assert(
      fc.property(
        dealsArbitrary({ createdDays: 500, stages: ['Discovery', 'Demo', 'Proposal'], maxDeals: 25 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 6 })), { minLength: 1, maxLength: 3 }),
        fc.option(fc.constantFrom(['Discovery', 'Demo', 'Proposal'], ['Demo', 'Discovery']).map((order) => [...order]), { nil: undefined }),
        (deals, ranges, stageOrder) => {
        const valid = validateDataset({ currency: 'EUR', deals });
        // Several ranges on the same deals: later ones read what the first one kept.
        for (const [start, span] of ranges) {
          const from = formatMonth((parseMonth('2024-01') ?? 0) + start);
          const to = formatMonth((parseMonth('2024-01') ?? 0) + start + span);
          expect(bookingsForecastByMonth(valid.deals, { from, to, stageOrder }).months).toEqual(reference(valid.deals, from, to, stageOrder));
        }
      },
      ),
      { numRuns: 150 },
    );
  });
});

describe('dealsAtMonthEnd', () => {
  it('equals the figures of the deals known at the end of the month, on random pipelines (stage orders with a repeated name too)', () => {
    fc.assert(
      fc.property(
        dealsArbitrary({ createdDays: 500, stages: ['Discovery', 'Demo', 'Proposal'], maxDeals: 25 }),
        fc.array(fc.tuple(fc.integer({ min: -2, max: 20 }), fc.integer({ min: 0, max: 6 })), { minLength: 1, maxLength: 3 }),
        fc.option(fc.constantFrom(['Discovery', 'Demo', 'Proposal'], ['Demo', 'Discovery', 'Demo', 'Other']).map((order) => [...order]), { nil: undefined }),
        (raw, ranges, stageOrder) => {
          const valid = validateDataset({ currency: 'EUR', deals: raw.map((deal, i) => ({ ...deal, owner: i % 3 === 0 ? null : `rep${i % 4}` })) });
          for (const [start, span] of ranges) {
            const from = (parseMonth('2024-01') ?? 0) + start;
            const to = from + span;
            const end = monthBoundary(to);
            const known = dealsKnownAt(valid.deals, end);
            const atEnd = dealsAtMonthEnd(valid.deals, from, to, stageOrder);
            expect(atEnd.learned).toEqual(stageWinProbabilitiesAt(dealColumnsOf(valid.deals), end, stageOrder));
            expect(atEnd.opportunitiesCreated).toBe(known.filter((deal) => deal.createdAt >= monthBoundary(from - 1)).length);
            const owners = dealColumnsOf(valid.deals).owners;
            expect(owners.filter((_, number) => atEnd.knownOwners[number] === 1)).toEqual(owners.filter((owner) => known.some((deal) => deal.owner === owner)));
            const open = known.filter((deal) => deal.status === 'open');
            expect(atEnd.openByStage.reduce((sum, entry) => sum + entry.openDeals, 0)).toBe(open.length);
            const openUnits = atEnd.openByStage.reduce((sum, entry) => sum + entry.units, 0n);
            expect(toMoney(scaledToExact({ units: openUnits, scale: atEnd.scale }))).toBe(toMoney(exactBookings(open.map((deal) => ({ ...deal, status: 'won' as const, closedAt: 0 })), {}).value));
            const won = valid.deals.filter((deal) => deal.status === 'won' && deal.closedAt !== null && deal.closedAt < end);
            expect(atEnd.wonBefore.count).toBe(won.length);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts a deal closed before its creation once both are known (a hand-made dataset)', () => {
    const day = 86_400_000;
    const created = Date.UTC(2024, 2, 10);
    const made: ValidDeal[] = [
      { ...(deals[0] as ValidDeal), id: 'x1', createdAt: created, closedAt: created - 20 * day, status: 'won', stage: 'Negotiation' },
      { ...(deals[1] as ValidDeal), id: 'x2', createdAt: Date.UTC(2024, 0, 5), closedAt: Date.UTC(2024, 0, 9), status: 'lost', stage: 'Negotiation' },
    ];
    const march = parseMonth('2024-03') ?? 0;
    const atEnd = dealsAtMonthEnd(made, march - 2, march, undefined);
    // x1 is created in March, after every other deal's last month: it still counts in March.
    expect(atEnd.learned.stages).toEqual([{ stage: 'Negotiation', closedDeals: 2, wonDeals: 1, probability: 0.5 }]);
    expect(atEnd.opportunitiesCreated).toBe(2);
    expect(dealsAtMonthEnd(made, march - 2, march - 1, undefined).learned.stages).toEqual([{ stage: 'Negotiation', closedDeals: 1, wonDeals: 0, probability: 0 }]);
  });
});
