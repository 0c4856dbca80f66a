import { recordArgument, validDatasetArgument } from '../../_lib/arguments/index.js';
import { averageDealSize } from '../../metrics/averageDealSize/index.js';
import { exactSalesCycleDays } from '../../metrics/averageSalesCycleDays/index.js';
import { arpa } from '../../metrics/arpa/index.js';
import { dataMonthRange } from '../../engine/dataMonthRange/index.js';
import { RevkitValidationError } from '../../engine/errors/index.js';
import { fractionToExact, ratio, roundQuotient, toMoney } from '../../engine/exact/index.js';
import { dealColumnsOf, LOST, OPEN, sumAmounts, wonRows } from '../../_lib/dealColumns/index.js';
import { knownAt } from '../../engine/knownAt/index.js';
import { funnelConversion } from '../../metrics/funnelConversion/index.js';
import { ledgerOfRange, type MrrLedger } from '../../engine/ledger/index.js';
import { subscriptionColumnsOf, surveyColumnsOf } from '../../engine/subscriptionColumns/index.js';
import { SURVEY_TYPES, scoreTally, type SurveyColumns } from '../../engine/surveyColumns/index.js';
import { formatMonth, monthBoundary, parseMonthRange } from '../../engine/month/index.js';
import { pipelineVelocity } from '../../metrics/pipelineVelocity/index.js';
import { mrrRowRates } from '../mrrRowRates/index.js';
import { reportMrrBridge, type MrrBridgeMonth } from '../reportMrrBridge/index.js';
import { SCORE_SLOTS, satisfactionSummary } from '../satisfactionSummary/index.js';
import type { CohortRow, MonthRangeOptions, MrrRow, Report, SalesSummary, SatisfactionSummary, SurveyType } from '../../types.js';
import { validateDataset, type ValidDataset, type ValidDeal } from '../../engine/validate/index.js';
import { exactWinRate, winRate } from '../../metrics/winRate/index.js';
import { float64At, itemAt, uint8At } from '../../_lib/itemAt/index.js';

/**
 * Builds the full report of the contract from a dataset: MRR and its
 * movements per month, cohorts, sales, funnel and satisfaction. The dataset
 * is validated first; nothing is computed when it has a problem.
 *
 * @param dataset the dataset, as parsed from JSON (it is validated, so `unknown` is fine)
 * @param options `from` and `to` as `YYYY-MM`; default to the data's first and last month
 * @example
 * const report = buildReport(dataset, { from: '2024-01', to: '2024-12' })
 * report.mrr.at(-1)?.mrr //=> 120100.5
 * @throws {RevkitValidationError} listing every problem of the dataset or the range
 */
export function buildReport(dataset: unknown, options: MonthRangeOptions = {}): Report {
  const valid = validateDataset(dataset);
  return buildReportFromValid(valid, options);
}

/**
 * {@link buildReport} for a dataset already checked by `validateDataset`,
 * so callers that validate up front do not pay for it twice.
 *
 * @example
 * const valid = validateDataset(json)
 * const report = buildReportFromValid(valid, { from: '2024-01' })
 * @throws {RevkitValidationError} when the range is malformed, reversed, or cannot default
 * @throws {TypeError} when an argument has the wrong structure (`buildReportFromValid: <argument> must be …`)
 */
export function buildReportFromValid(dataset: ValidDataset, options: MonthRangeOptions = {}): Report {
  validDatasetArgument(dataset, 'buildReportFromValid');
  recordArgument(options, 'buildReportFromValid', 'options');
  const { from, to } = reportRange(dataset, options);
  const start = monthBoundary(from - 1);
  const end = monthBoundary(to);
  // Point in time: a report on a past range reads only what was known at its end.
  const valid = knownAt(dataset, end);
  const ledger = ledgerOfRange(subscriptionColumnsOf(valid), { from, to });
  return {
    currency: valid.currency,
    from: formatMonth(from),
    to: formatMonth(to),
    ...mrrSection(ledger),
    cohorts: cohortRows(ledger),
    sales: salesSummary(valid.deals, start, end),
    funnel: funnelConversion(valid.funnel),
    // The range ends at the cut's instant: the whole columns' responses in it are the cut's.
    satisfaction: satisfactionOfRange(surveyColumnsOf(dataset), start, end),
  };
}

/**
 * The report range: `from` and `to` as given, else the data's first and last
 * month. Shared with the RevOps report so both read the same months.
 *
 * @example
 * resolveRange(valid, { from: '2024-01' }) //=> { from: '2024-01', to: '2024-12' }
 * @throws {RevkitValidationError} when a bound is missing and the dataset has no dated records
 */
export function resolveRange(valid: ValidDataset, options: MonthRangeOptions, paths: RangePaths = RANGE_OPTION_PATHS): { from: unknown; to: unknown } {
  if (options.from !== undefined && options.to !== undefined) return { from: options.from, to: options.to };
  const covered = dataMonthRange(valid);
  if (!covered) {
    throw new RevkitValidationError([
      {
        path: options.from === undefined ? paths.from : paths.to,
        message: `has no default: the dataset has no dated records, so give ${paths.from} and ${paths.to} as YYYY-MM`,
      },
    ]);
  }
  return { from: options.from ?? covered.from, to: options.to ?? covered.to };
}

/**
 * The report range parsed: {@link resolveRange}'s bounds checked by
 * `parseMonthRange`, so a defaulted range wider than 100 years asks for
 * `from` and `to` before any work is done.
 *
 * @example
 * reportRange(valid, {}) //=> { from: 24288, to: 24299 }
 * reportRange(valid, { to: '2024-06' }, { from: '--from', to: '--to' }) // problems name the CLI's options
 * @throws {RevkitValidationError} when a bound cannot default, is malformed, or the range is reversed or spans more than 100 years
 * @throws {TypeError} when an argument has the wrong structure (`reportRange: <argument> must be …`)
 */
export function reportRange(valid: ValidDataset, options: MonthRangeOptions, paths: RangePaths = RANGE_OPTION_PATHS): { from: number; to: number } {
  validDatasetArgument(valid, 'reportRange');
  recordArgument(options, 'reportRange', 'options');
  return parseMonthRange(resolveRange(valid, options, paths), paths, { from: options.from === undefined, to: options.to === undefined });
}

/** How a caller names the range's bounds in messages: `from`/`to` for the API, `--from`/`--to` for the CLI. */
export interface RangePaths {
  from: string;
  to: string;
}

const RANGE_OPTION_PATHS: RangePaths = { from: 'from', to: 'to' };

/** The report's `mrr` rows and, from the same exact monthly totals, its `mrrBridge`. */
function mrrSection(ledger: MrrLedger): Pick<Report, 'mrr' | 'mrrBridge'> {
  const money = (numerator: bigint): number => roundQuotient(numerator, ledger.denominator);
  const at = <T>(values: readonly T[], i: number): T => itemAt(values, i, 'mrrSection');
  const rows: MrrRow[] = [];
  const months: MrrBridgeMonth[] = [];
  for (let i = 1; i < ledger.mrr.length; i++) {
    const mrr = at(ledger.mrr, i);
    const startingMrr = at(ledger.mrr, i - 1);
    const movements = {
      new: at(ledger.newMrr, i),
      expansion: at(ledger.expansion, i),
      reactivation: at(ledger.reactivation, i),
      contraction: at(ledger.contraction, i),
      churn: at(ledger.churn, i),
    };
    months.push({ startingMrr, endingMrr: mrr, movements });
    const customers = at(ledger.customers, i);
    const churnedCustomers = at(ledger.churnedCustomers, i);
    rows.push({
      month: formatMonth(ledger.firstMonth + i),
      mrr: money(mrr),
      arr: money(12n * mrr),
      customers,
      arpa: arpa({ mrr: fractionToExact(mrr, ledger.denominator), customers }),
      new: money(movements.new),
      expansion: money(movements.expansion),
      reactivation: money(movements.reactivation),
      contraction: money(movements.contraction),
      churn: money(movements.churn),
      netNew: money(mrr - startingMrr),
      newCustomers: at(ledger.newCustomers, i),
      reactivatedCustomers: at(ledger.reactivatedCustomers, i),
      churnedCustomers,
      ...mrrRowRates({
        startingMrr,
        endingMrr: mrr,
        movements,
        startingCustomers: at(ledger.customers, i - 1),
        churnedCustomers,
      }),
    });
  }
  const from = formatMonth(ledger.firstMonth + 1);
  const to = formatMonth(ledger.firstMonth + ledger.mrr.length - 1);
  return { mrr: rows, mrrBridge: reportMrrBridge({ from, to, denominator: ledger.denominator, months }) };
}

function cohortRows(ledger: MrrLedger): CohortRow[] {
  return ledger.cohorts.map((cohort) => {
    // Every cohort has its month 0.
    const first = itemAt(cohort.mrr, 0, 'cohortRows');
    return {
      cohort: formatMonth(cohort.month),
      customers: cohort.customers,
      mrr: roundQuotient(first, ledger.denominator),
      // Both arrays start at exactly 1: every cohort customer pays in month 0.
      logoRetention: cohort.retained.map((retained) => ratio(retained, cohort.customers) ?? 0),
      revenueRetention: cohort.mrr.map((mrr) => ratio(mrr, first) ?? 0),
      // The numerators themselves, so a chart never rebuilds them from the ratios.
      retainedCustomers: [...cohort.retained],
      retainedMrr: cohort.mrr.map((mrr) => roundQuotient(mrr, ledger.denominator)),
    };
  });
}

/** Sales over deals known at `end` (see `knownAt`): closed in [start, end), and the pipeline open at `end`. */
function salesSummary(deals: readonly ValidDeal[], start: number, end: number): SalesSummary {
  // The deals' columns, kept per deals array: no deal object is read, and amounts are summed as integers.
  const columns = dealColumnsOf(deals);
  const { count, status, createdAt, closedAt } = columns;
  const won = wonRows(columns, { start, end });
  const open: number[] = [];
  let lost = 0;
  // Indexed, not for…of: this runs once per report, mostly before the optimizing compiler sees it.
  for (let row = 0; row < count; row++) {
    const state = uint8At(status, row, 'salesSummary');
    if (state === OPEN) open.push(row);
    else if (state === LOST) {
      const at = float64At(closedAt, row, 'salesSummary');
      if (at >= start && at < end) lost++;
    }
  }
  const meanDeal = won.length === 0 ? null : sumAmounts(columns, won).div(won.length);
  const cycle = exactSalesCycleDays(
    won.map((row) => ({ createdAt: float64At(createdAt, row, 'salesSummary'), closedAt: float64At(closedAt, row, 'salesSummary') })),
  );
  const rate = exactWinRate({ won: won.length, lost });
  return {
    wonDeals: won.length,
    lostDeals: lost,
    winRate: winRate({ won: won.length, lost }),
    averageDealSize: averageDealSize(meanDeal === null ? [] : [meanDeal]),
    averageSalesCycleDays: cycle?.toNumber() ?? null,
    openDeals: open.length,
    openPipeline: toMoney(sumAmounts(columns, open)),
    pipelineVelocity: pipelineVelocity({
      openDeals: open.length,
      averageDealSize: meanDeal,
      winRate: rate,
      averageSalesCycleDays: cycle,
    }),
  };
}

function satisfactionOfRange(surveys: SurveyColumns, start: number, end: number): SatisfactionSummary {
  // Scores are small integers (validated): each score of each type in the range counted in one table.
  const tally = scoreTally(surveys, start, end, SCORE_SLOTS);
  const countsOf = (surveyType: SurveyType): Int32Array => {
    const row = SURVEY_TYPES.indexOf(surveyType);
    return tally.subarray(row * SCORE_SLOTS, (row + 1) * SCORE_SLOTS);
  };
  const responses: Record<SurveyType, Int32Array> = { csat: countsOf('csat'), nps: countsOf('nps'), ces: countsOf('ces') };
  return satisfactionSummary(responses);
}
