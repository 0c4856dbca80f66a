import { recordArgument, validDatasetArgument } from '../../_lib/arguments/index.js';
import Decimal from 'decimal.js';
import { bookingsOfRows } from '../../metrics/bookings/index.js';
import { closedRowsIn, dealColumnsOf, NOT_CLOSED, OPEN, sumAmounts, type ClosedRows, type DealColumns } from '../../_lib/dealColumns/index.js';
import { bookingsForecastByMonth, dealsAtMonthEnd, type DealsAtMonthEnd } from '../../metrics/bookingsForecastByMonth/index.js';
import type { ForecastWeightsOption } from '../../metrics/combinedForecast/index.js';
import { reportRange } from '../buildReport/index.js';
import { burnMultiple } from '../../metrics/burnMultiple/index.js';
import { cacPaybackMonths } from '../../metrics/cacPaybackMonths/index.js';
import { callsPerDay } from '../../metrics/callsPerDay/index.js';
import { clvToCacRatio } from '../../metrics/clvToCacRatio/index.js';
import { arpaOverRange } from '../../metrics/arpaOverRange/index.js';
import { customerAcquisitionRate } from '../../metrics/customerAcquisitionRate/index.js';
import { customerRetentionRate } from '../../metrics/customerRetentionRate/index.js';
import { grossBurn } from '../../metrics/grossBurn/index.js';
import { netBurn as netBurnOf } from '../../metrics/netBurn/index.js';
import { repYieldMultiple } from '../../metrics/repYieldMultiple/index.js';
import { salesCycleOfTotal, salesCycleOfWonRows } from '../../metrics/salesCycleFromFirstContact/index.js';
import { compoundMonthlyGrowthRate } from '../../metrics/compoundMonthlyGrowthRate/index.js';
import { costPerLead } from '../../metrics/costPerLead/index.js';
import { costTotal } from '../../metrics/costTotal/index.js';
import { customerAcquisitionCost } from '../../metrics/customerAcquisitionCost/index.js';
import { customerChurnRate } from '../../metrics/customerChurnRate/index.js';
import { exactCustomerLifetimeValue } from '../../metrics/customerLifetimeValue/index.js';
import { rangeRetention, type RangeRetention, type RetentionTotals } from '../../engine/customerMrr/index.js';
import { dealConversion } from '../../metrics/dealConversion/index.js';
import { demoConversion } from '../../metrics/demoConversion/index.js';
import { engagementChurnCorrelation } from '../../metrics/engagementChurnCorrelation/index.js';
import { engagementScores } from '../../metrics/engagementScores/index.js';
import { ExactDecimal, fractionToExact, ratio, scaledToExact, sumScaled, toExact, toMoney, type ExactValue, type ScaledDecimal } from '../../engine/exact/index.js';
import { knownAt } from '../../engine/knownAt/index.js';
import { forecastAccuracy } from '../../metrics/forecastAccuracy/index.js';
import { historicalCustomerLifetimeValue } from '../../metrics/historicalCustomerLifetimeValue/index.js';
import { ledgerOfRange, type MrrLedger } from '../../engine/ledger/index.js';
import { subscriptionColumnsOf, type SubscriptionColumns } from '../../engine/subscriptionColumns/index.js';
import { formatMonth, LAST_SUPPORTED_MONTH, monthBoundary } from '../../engine/month/index.js';
import { mrrGrowthRate } from '../../metrics/mrrGrowthRate/index.js';
import { nps } from '../../metrics/nps/index.js';
import { operatingResult } from '../../metrics/operatingResult/index.js';
import { opportunityCost } from '../../metrics/opportunityCost/index.js';
import {
  ACQUISITION_CATEGORIES,
  inPeriod,
  type EventWeightsOption,
  type GrossMarginOption,
  type Period,
  type StageOrderOption,
} from '../../engine/options/index.js';
import { purchaseFrequencyLifetimeValue } from '../../metrics/purchaseFrequencyLifetimeValue/index.js';
import { renewalsByMonth } from '../../metrics/renewalCount/index.js';
import { repYield } from '../../metrics/repYield/index.js';
import { revenueChurnRate } from '../../metrics/revenueChurnRate/index.js';
import { salesCycleDaysOfGroups } from '../../metrics/salesCycleDaysByOwner/index.js';
import { closedByOwner, dealsByOwner, type ClosedByOwner } from '../../_lib/dealsByOwner/index.js';
import { sortedEntries } from '../../_lib/sortedEntries/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';
import { addStageSteps, passedStages, passedStagesInto, stageStepsOf, stageStepTallies, type StageStepTallies } from '../../metrics/stageConversion/index.js';
import { addStageDurations, stageDurationsOf, stageDurationTallies, type StageDurationTallies } from '../../metrics/timeInStage/index.js';
import { PrefixTrendFit } from '../../metrics/trendSeasonalForecast/prefixFit.js';
import { itemAt } from '../../_lib/itemAt/index.js';
import { historyBounds, keepTotalsOfLedger, monthlyTotals, type HistoryBounds, type MonthlyTotals } from './historyBefore.js';
import type {
  MonthRangeOptions,
  RevOpsCustomerSuccess,
  RevOpsFinance,
  RevOpsMarketing,
  RevOpsOwner,
  RevOpsReport,
  RevOpsSales,
} from '../../types.js';
import { describeValue, isRevkitValidationError, RevkitValidationError, type ValidationIssue } from '../../engine/errors/index.js';
import { LEAD_STAGES, validateDataset, type ValidActivity, type ValidCost, type ValidDataset, type ValidLead } from '../../engine/validate/index.js';
import { FieldReader } from '../../engine/validate/reader.js';
import { yearOverYearGrowth } from '../../metrics/yearOverYearGrowth/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';
import { winRatesOfGroups } from '../../metrics/winRateByOwner/index.js';
import { winRate } from '../../metrics/winRate/index.js';
import { exactSalesCycleDaysOfTotal } from '../../metrics/averageSalesCycleDays/index.js';

/** Options of the RevOps report: the range plus the conventions its metrics take. */
export interface RevOpsReportOptions extends MonthRangeOptions, GrossMarginOption, StageOrderOption, EventWeightsOption {
  /** The owners' committed bookings for the month after `to` (≥ 0), combined with the two computed forecasts. */
  committedBookings?: ExactValue;
  /** Weights of the three bookings forecasts (finite, ≥ 0; default 1 each). */
  forecastWeights?: ForecastWeightsOption['weights'];
  /** Months of MRR projection after `to`: an integer from 1 to 120 (default 3). */
  forecastHorizon?: number;
  /** Shortest term counted as a renewal, in months: an integer from 1 to 120 (default 12). */
  renewalMinimumTermMonths?: number;
}

const FORECAST_KEYS = ['stageWeighted', 'trend', 'committed'] as const;

/**
 * Checks the metric options (everything but the range) and returns every
 * problem with its option path: `grossMargin` a decimal at most 1 (it may be
 * negative), `committedBookings` a decimal ≥ 0, `forecastWeights.*`,
 * `weights.*` and `defaultWeight` finite numbers ≥ 0, `forecastHorizon` and
 * `renewalMinimumTermMonths` integers from 1 to 120, `stageOrder` an array of
 * non-empty strings.
 */
function optionIssues(options: RevOpsReportOptions): ValidationIssue[] {
  const reader = new FieldReader();
  const exact = (value: unknown): unknown =>
    typeof value === 'bigint' || Decimal.isDecimal(value) ? (value as { toString(): string }).toString() : value;
  if (options.grossMargin !== undefined) reader.decimalValue(exact(options.grossMargin), 'grossMargin', { max: 1 });
  if (options.committedBookings !== undefined) reader.decimalValue(exact(options.committedBookings), 'committedBookings', { min: 0 });
  if (options.forecastWeights !== undefined) {
    const weights = reader.record(options.forecastWeights, 'forecastWeights');
    for (const [key, weight] of Object.entries(weights ?? {})) {
      if (!(FORECAST_KEYS as readonly string[]).includes(key)) {
        reader.fail(`forecastWeights.${key}`, `is not a forecast: use ${FORECAST_KEYS.join(', ')}`);
      } else if (weight !== undefined) {
        reader.numberValue(weight, `forecastWeights.${key}`, { min: 0 });
      }
    }
  }
  if (options.weights !== undefined) {
    const weights = reader.record(options.weights, 'weights');
    for (const [event, weight] of Object.entries(weights ?? {})) reader.numberValue(weight, `weights.${event}`, { min: 0 });
  }
  if (options.defaultWeight !== undefined) reader.numberValue(options.defaultWeight, 'defaultWeight', { min: 0 });
  if (options.forecastHorizon !== undefined) reader.integerValue(options.forecastHorizon, 'forecastHorizon', { min: 1, max: 120 });
  if (options.renewalMinimumTermMonths !== undefined) {
    reader.integerValue(options.renewalMinimumTermMonths, 'renewalMinimumTermMonths', { min: 1, max: 120 });
  }
  if (options.stageOrder !== undefined) {
    if (!Array.isArray(options.stageOrder)) reader.fail('stageOrder', `must be an array of stage names, got ${describeValue(options.stageOrder)}`);
    else {
      options.stageOrder.forEach((stage: unknown, i) => {
        if (typeof stage !== 'string' || stage.trim() === '') reader.fail(`stageOrder[${i}]`, `must be a non-empty string, got ${describeValue(stage)}`);
      });
    }
  }
  return reader.issues;
}

/**
 * Builds the RevOps report, the sibling of `buildReport`: acquisition,
 * sales, forecast, retention and finance metrics of the catalog, grouped by
 * team, each computed when the dataset has its inputs (`null` otherwise,
 * never NaN). The contract's `Report` is untouched; call both for both.
 *
 * @param dataset the dataset as parsed from JSON, with the optional `costs`, `leads`, `activities`, `usage`, `employeeSurveys` sections
 * @param options the range (as `buildReport`) and the metric conventions
 * @example
 * const revops = buildRevOpsReport(dataset, { from: '2024-01', to: '2024-12', grossMargin: 0.8 })
 * revops.marketing?.customerAcquisitionCost //=> 1520.5
 * @throws {RevkitValidationError} listing every problem of the dataset, the range and the options at once,
 *   each with its path (`subscriptions[3].end`, `from`, `grossMargin`, `forecastWeights.trend`, `weights.login`,
 *   `forecastHorizon`, …); see {@link RevOpsReportOptions} for the accepted values
 */
export function buildRevOpsReport(dataset: unknown, options: RevOpsReportOptions = {}): RevOpsReport {
  let valid: ValidDataset;
  try {
    valid = validateDataset(dataset);
  } catch (error) {
    // A bad dataset and bad options are reported together.
    const optionProblems = isRevkitValidationError(error) ? optionIssues(options) : [];
    if (optionProblems.length > 0) throw new RevkitValidationError([...(error as RevkitValidationError).issues, ...optionProblems]);
    throw error;
  }
  return buildRevOpsReportFromValid(valid, options);
}

/**
 * Exact MRR and movements by month index: the range's ledger (from a year
 * before the range, for year-over-year figures), and before it the company
 * totals of the whole history ({@link monthlyTotals}), read only when the
 * data starts before the ledger (lifetime figures, the MRR trend).
 */
class History {
  private totals: MonthlyTotals | undefined;
  private readonly mrrByMonth = new Map<number, ExactDecimal>();
  constructor(
    readonly ledger: MrrLedger,
    private readonly columns: SubscriptionColumns,
    readonly bounds: HistoryBounds,
  ) {
    keepTotalsOfLedger(columns, ledger);
  }
  row(month: number): number {
    return month - this.ledger.firstMonth;
  }
  has(month: number): boolean {
    const row = this.row(month);
    return row >= 0 && row < this.ledger.mrr.length;
  }
  /** The whole history's totals, made on first use (kept per columns). */
  private before(): MonthlyTotals {
    return (this.totals ??= monthlyTotals(this.columns, this.ledger.firstMonth - 1));
  }
  /** MRR numerator at the end of `month` (any month up to the ledger's last). */
  mrrNumerator(month: number): bigint {
    if (this.has(month)) return itemAt(this.ledger.mrr, this.row(month), 'History.mrrNumerator');
    // Before the first paying month, or after the ledger's last: nothing.
    if (month < this.bounds.firstPaying || month >= this.ledger.firstMonth) return 0n;
    const { mrr, firstMonth } = this.before();
    return mrr[Math.min(month - firstMonth, mrr.length - 1)] ?? 0n;
  }
  /** MRR at the end of `month` as a decimal, made once per month (the sections read each month's several times). */
  mrr(month: number): ExactDecimal {
    let mrr = this.mrrByMonth.get(month);
    if (mrr === undefined) this.mrrByMonth.set(month, (mrr = fractionToExact(this.mrrNumerator(month), this.ledger.denominator)));
    return mrr;
  }
  money(values: readonly bigint[], month: number): ExactDecimal {
    return fractionToExact(itemAt(values, this.row(month), 'History.money'), this.ledger.denominator);
  }
  count(values: ArrayLike<number>, month: number): number {
    return itemAt(values, this.row(month), 'History.count');
  }
  /**
   * Sums over every month up to `to` (inclusive): MRR numerators, paying customers and customers ever paying.
   * The months before the ledger come from the whole history's running sums.
   */
  lifetime(to: number): { revenue: bigint; customerMonths: number; everCustomers: number } {
    const { ledger } = this;
    let revenue = 0n;
    let customerMonths = 0;
    let everCustomers = 0;
    // The ledger's first row is the month before its own first, so the history before it ends there.
    if (this.bounds.firstPaying < ledger.firstMonth) {
      const { firstMonth, mrr, mrrBefore, customersBefore, everBefore } = this.before();
      const months = ledger.firstMonth - firstMonth;
      const last = mrr.length;
      const within = Math.min(months, last);
      revenue = mrrBefore[within] ?? 0n;
      customerMonths = customersBefore[within] ?? 0;
      everCustomers = everBefore[within] ?? 0;
      // After the last change everything stays as it was (no one new).
      if (months > last) {
        revenue += BigInt(months - last) * (mrr[last - 1] ?? 0n);
        customerMonths += (months - last) * (this.before().customers[last - 1] ?? 0);
      }
    }
    for (let month = ledger.firstMonth; month <= to && this.has(month); month++) {
      const row = this.row(month);
      revenue += ledger.mrr[row] ?? 0n;
      customerMonths += ledger.customers[row] ?? 0;
      everCustomers += ledger.newCustomers[row] ?? 0;
    }
    return { revenue, customerMonths, everCustomers };
  }
}

/**
 * {@link buildRevOpsReport} for a dataset already checked by `validateDataset`.
 *
 * @example
 * buildRevOpsReportFromValid(validateDataset(json), { from: '2024-01', to: '2024-12' }).finance.burnMultiple //=> 1.4
 * @throws {RevkitValidationError} listing every problem of the options and the range at once: an option out
 * @throws {TypeError} when an argument has the wrong structure (`buildRevOpsReportFromValid: <argument> must be …`)
 *   of its range or not a finite number (`grossMargin`, `committedBookings`, `forecastWeights.*`, `weights.*`,
 *   `defaultWeight`, `forecastHorizon`, `renewalMinimumTermMonths`, `stageOrder[i]`), a range that is malformed,
 *   reversed, or cannot default
 */
export function buildRevOpsReportFromValid(dataset: ValidDataset, options: RevOpsReportOptions = {}): RevOpsReport {
  validDatasetArgument(dataset, 'buildRevOpsReportFromValid');
  recordArgument(options, 'buildRevOpsReportFromValid', 'options');
  const issues = optionIssues(options);
  let range: { from: number; to: number } | undefined;
  try {
    range = reportRange(dataset, options);
  } catch (error) {
    if (!isRevkitValidationError(error)) throw error;
    for (const issue of error.issues) issues.push(issue);
  }
  // Every option and range problem at once, before anything is computed.
  if (issues.length > 0 || range === undefined) throw new RevkitValidationError(issues);
  const { from, to } = range;
  const period: Period = { start: monthBoundary(from - 1), end: monthBoundary(to) };
  // Point in time: open deals, learned probabilities and every other figure use only what was known at B(to).
  const valid = knownAt(dataset, period.end);
  const columns = subscriptionColumnsOf(valid);
  // The ledger from a year before the range (year-over-year), as the report keeps it; the history
  // before it is read from the whole history's totals when the data starts earlier.
  const history = new History(ledgerOfRange(columns, { from: from - 12, to }, false), columns, historyBounds(columns));
  // Retention from the end of the month before the range and of the month before the trailing year to `to`;
  // the engagement cohort only when there is usage to score it.
  const retention = rangeRetention(columns, { start: from - 1, trailingStart: to - 12, end: to }, valid.usage !== undefined);
  const context: Context = { dataset, valid, columns, options, from, to, period, history, retention, totals: rangeTotals(valid, history, from, to) };
  return {
    currency: valid.currency,
    from: formatMonth(from),
    to: formatMonth(to),
    marketing: marketing(context),
    sales: sales(context),
    customerSuccess: customerSuccess(context),
    finance: finance(context),
  };
}

interface Context {
  /** The dataset whole, for figures that cut it themselves at each month (and keep what they learn across ranges). */
  dataset: ValidDataset;
  /** The dataset as known at the end of the range (`knownAt`). */
  valid: ValidDataset;
  columns: SubscriptionColumns;
  options: RevOpsReportOptions;
  from: number;
  to: number;
  period: Period;
  history: History;
  /** Retention of the range and of its trailing year; the customers paying at the end of `from − 1` when there is usage. */
  retention: RangeRetention;
  /** The range's totals every section reads, computed once. */
  totals: RangeTotals;
}

/** Figures of the whole range that several sections use (marketing, sales, finance), exact. */
interface RangeTotals {
  /** Sales and marketing costs of the range; `null` without a costs section. */
  acquisitionSpend: ExactDecimal | null;
  /** Customers new in the range. */
  newCustomers: number;
  /** New MRR of the range. */
  newMrr: ExactDecimal;
  /** Acquisition spend ÷ new customers; `null` without costs or new customers. */
  cac: ExactDecimal | null;
}

function rangeTotals(valid: ValidDataset, history: History, from: number, to: number): RangeTotals {
  const acquisitionSpend = valid.costs ? costTotal(valid.costs, { categories: ACQUISITION_CATEGORIES, months: { from, to } }) : null;
  const newCustomers = sumCounts(history.ledger.newCustomers, history, from, to);
  return {
    acquisitionSpend,
    newCustomers,
    newMrr: sumMoney(history.ledger.newMrr, history, from, to),
    cac: acquisitionSpend === null || newCustomers === 0 ? null : acquisitionSpend.div(newCustomers),
  };
}

function monthsOf(context: Context): number[] {
  return Array.from({ length: context.to - context.from + 1 }, (_, i) => context.from + i);
}

function sumCounts(values: ArrayLike<number>, history: History, from: number, to: number): number {
  let total = 0;
  for (let month = from; month <= to; month++) if (history.has(month)) total += history.count(values, month);
  return total;
}

function sumMoney(values: readonly bigint[], history: History, from: number, to: number): ExactDecimal {
  let total = 0n;
  for (let month = from; month <= to; month++) if (history.has(month)) total += itemAt(values, history.row(month), 'sumMoney');
  return fractionToExact(total, history.ledger.denominator);
}

/** What the RevOps report reads from the leads of the range's cut, counted in one pass (see {@link leadFigures}). */
interface LeadFigures {
  /** Leads created in the range, and per source (`unknown` without) those and the ones that became customers. */
  leadsInRange: number;
  sources: Map<string, { leads: number; customers: number }>;
  /** Owners of a lead, and per owner the leads created in the range. */
  owners: Set<string>;
  leadsByOwner: Map<string, number>;
  /** Stage conversion and time in stage over the range. */
  steps: StageStepTallies;
  durations: StageDurationTallies;
}

/** A lead source's leads of the range and those that became customers (a class with its shape kept, see keepShape). */
class SourceTally {
  leads = 0;
  customers = 0;
}
keepShape(new SourceTally());

// Per report: marketing and sales read the same leads, counted once.
const leadFiguresOf = new WeakMap<Context, LeadFigures>();

/**
 * The marketing, owners, stage conversion and time in stage figures of the leads, in one indexed pass
 * (no filtered copy, no iterator or object per lead): each pass over the leads runs once per dataset,
 * mostly before the optimizing compiler sees it.
 */
function leadFigures(context: Context, leads: readonly ValidLead[]): LeadFigures {
  const kept = leadFiguresOf.get(context);
  if (kept !== undefined) return kept;
  const { start, end } = context.period;
  const sources = new Map<string, { leads: number; customers: number }>();
  const owners = new Set<string>();
  const leadsByOwner = new Map<string, number>();
  const steps = stageStepTallies();
  const durations = stageDurationTallies();
  const leadsInRange = countLeads(leads, start, end, steps, durations, owners, leadsByOwner, sources, new Float64Array(LEAD_STAGES.length));
  const figures = { leadsInRange, sources, owners, leadsByOwner, steps, durations };
  leadFiguresOf.set(context, figures);
  return figures;
}

/**
 * The pass of {@link leadFigures}, alone in a function that reads, calls or makes nothing before its
 * loop: it runs once per dataset, and its compiled code, made when it is called again, must not need
 * feedback from its first lines (they ran before the function had a feedback vector: a read or a `new`
 * there was a deopt at the next dataset). `passed` is scratch space, one entry per lead stage. Returns
 * the leads created in the range.
 */
function countLeads(
  leads: readonly ValidLead[],
  start: number,
  end: number,
  steps: StageStepTallies,
  durations: StageDurationTallies,
  owners: Set<string>,
  leadsByOwner: Map<string, number>,
  sources: Map<string, { leads: number; customers: number }>,
  passed: Float64Array,
): number {
  let leadsInRange = 0;
  for (let i = 0; i < leads.length; i++) {
    const lead = itemAt(leads, i, 'leadFigures');
    passedStagesInto(lead, passed);
    addStageSteps(passed, start, end, steps);
    addStageDurations(passed, start, end, durations);
    const { reached, owner } = lead;
    const inRange = reached.lead >= start && reached.lead < end;
    if (owner !== null) {
      owners.add(owner);
      if (inRange) leadsByOwner.set(owner, (leadsByOwner.get(owner) ?? 0) + 1);
    }
    if (!inRange) continue;
    leadsInRange++;
    const source = lead.source ?? 'unknown';
    let entry = sources.get(source);
    if (entry === undefined) sources.set(source, (entry = new SourceTally()));
    entry.leads++;
    if (reached.customer !== null) entry.customers++;
  }
  return leadsInRange;
}

function marketing(context: Context): RevOpsMarketing | null {
  const { valid, history, from, to } = context;
  const { costs, leads } = valid;
  if (!costs && !leads) return null;
  const { newCustomers, acquisitionSpend: spend, newMrr, cac } = context.totals;
  // The range's leads counted by source (in the one pass over the leads, see leadFigures).
  const figures = leads ? leadFigures(context, leads) : null;
  const leadsInRange = figures === null ? null : figures.leadsInRange;
  const sources = figures === null ? new Map<string, { leads: number; customers: number }>() : figures.sources;
  return {
    acquisitionSpend: spend === null ? null : toMoney(spend),
    newCustomers,
    customerAcquisitionCost: spend === null ? null : customerAcquisitionCost({ salesAndMarketingSpend: spend, newCustomers }),
    cacByMonth: costs
      ? monthsOf(context).map((month) => {
          const monthSpend = costTotal(costs, { categories: ACQUISITION_CATEGORIES, months: { from: month, to: month } });
          const monthNew = sumCounts(history.ledger.newCustomers, history, month, month);
          return {
            month: formatMonth(month),
            spend: toMoney(monthSpend),
            newCustomers: monthNew,
            customerAcquisitionCost: customerAcquisitionCost({ salesAndMarketingSpend: monthSpend, newCustomers: monthNew }),
          };
        })
      : [],
    cacPaybackMonths:
      cac === null
        ? null
        : cacPaybackMonths(
            { cac, monthlyRevenuePerCustomer: newMrr.div(newCustomers) },
            { grossMargin: context.options.grossMargin },
          ),
    leads: leadsInRange,
    costPerLead:
      costs && leadsInRange !== null
        ? costPerLead({ marketingSpend: costTotal(costs, { categories: ['marketing'], months: { from, to } }), leads: leadsInRange })
        : null,
    leadSources: sortedEntries(sources).map(([source, entry]) => ({ source, ...entry, conversion: ratio(entry.customers, entry.leads) })),
  };
}

function sales(context: Context): RevOpsSales | null {
  const { valid, period, options } = context;
  const { deals, leads, activities } = valid;
  if (deals.length === 0 && !leads && !activities) return null;
  // Figures of deals closed (or created) in the range read the whole deals, whose columns are kept across
  // ranges: the range ends at the cut's instant, so they are the cut's figures.
  const whole = context.dataset.deals;
  // The whole deals as known at the range's end, read from the bookings forecast's one pass over them:
  // opportunities, known owners, learned probabilities, open pipeline, cumulative bookings.
  const atEnd = dealsAtMonthEnd(whole, context.from, context.to, options.stageOrder);
  let opportunitiesCreated: number | null = null;
  if (deals.length > 0) {
    opportunitiesCreated = atEnd.opportunitiesCreated;
  } else if (leads) {
    opportunitiesCreated = leads.filter((lead) => {
      const at = passedStages(lead).opportunity;
      return at !== null && inPeriod(at, period);
    }).length;
  }
  const { acquisitionSpend } = context.totals;
  // The deals closed in the range, found once: bookings, cycles and the owners' figures read them.
  const wholeColumns = dealColumnsOf(whole);
  const closed = closedRowsIn(wholeColumns, period);
  // The won and lost deals of the range tallied per owner in one pass (null: amounts summed exactly apart).
  const byOwner = closedByOwner(wholeColumns, closed);
  const wonDeals = closed.won.length;
  const booked = byOwner === null ? bookingsOfRows(wholeColumns, closed.won).value : scaledToExact({ units: BigInt(byOwner.wonUnits), scale: wholeColumns.scale });
  return {
    bookings: { count: wonDeals, value: toMoney(booked) },
    cumulativeBookings: { count: atEnd.wonBefore.count, value: toMoney(scaledToExact({ units: atEnd.wonBefore.units, scale: atEnd.scale })) },
    // Without a deal linked to a lead every cycle starts at the deal's creation: summed with the owners' figures.
    salesCycle:
      byOwner !== null && wholeColumns.leadDeals === 0
        ? salesCycleOfTotal(wonDeals, 0, byOwner.wonCycleMs)
        : salesCycleOfWonRows(wholeColumns, leads ?? [], closed.won),
    opportunitiesCreated,
    opportunityCost:
      acquisitionSpend === null || opportunitiesCreated === null
        ? null
        : opportunityCost({ salesAndMarketingSpend: acquisitionSpend, opportunities: opportunitiesCreated }),
    owners: owners(context, closed, byOwner, atEnd.knownOwners),
    stageConversion: leads ? stageStepsOf(leadFigures(context, leads).steps) : null,
    timeInStage: leads ? stageDurationsOf(leadFigures(context, leads).durations) : null,
    forecast: deals.length > 0 ? bookingsForecast(context, options, atEnd) : null,
  };
}

/** Whether the first deal open at B(`to`) with no stage or the stage '' has no stage (see bookingsForecast). */
function noStageOpenFirst(columns: DealColumns, to: number): boolean {
  const { count, createdMonth, closedMonth, status, stage, stages } = columns;
  for (let row = 0; row < count; row++) {
    if ((createdMonth[row] ?? 0) > to) continue;
    const closed = closedMonth[row] ?? NOT_CLOSED;
    if (status[row] !== OPEN && !(closed !== NOT_CLOSED && closed > to)) continue;
    const number = stage[row] ?? -1;
    if (number < 0) return true;
    if (stages[number] === '') return false;
  }
  return true;
}

/** An owner's activities of the range: demos and calls (their counts), and the days with any activity. */
class ActivityTally {
  demos = 0;
  calls = 0;
  readonly days = new Set<number>();
}
keepShape(new ActivityTally());

/**
 * Each owner's activities of the range tallied in one indexed pass, every activity's owner added to
 * `names`: no list per owner, no iterator per activity.
 */
function activityTallies(activities: readonly ValidActivity[], start: number, end: number, names: Set<string>, tallies: Map<string, ActivityTally>): Map<string, ActivityTally> {
  // The bounds as numbers, the map made by the caller: nothing read or made before the loop (see countLeads).
  for (let i = 0; i < activities.length; i++) {
    const { owner, date, type, count } = itemAt(activities, i, 'owners');
    names.add(owner);
    if (!(date >= start && date < end)) continue;
    let tally = tallies.get(owner);
    if (tally === undefined) tallies.set(owner, (tally = new ActivityTally()));
    tally.days.add(Math.floor(date / MS_PER_DAY));
    if (type === 'demo') tally.demos += count;
    else if (type === 'call') tally.calls += count;
  }
  return tallies;
}

/**
 * Each owner's cost lines of months `from`..`to` summed exactly (as `costTotal` with an owner sums them),
 * in one indexed pass over the lines that also adds every line's owner to `names`: one pass, not one per owner.
 */
function repCostsByOwner(costs: readonly ValidCost[], from: number, to: number, names: Set<string>): Map<string, ExactDecimal> {
  const lines = new Map<string, ScaledDecimal[]>();
  for (let i = 0; i < costs.length; i++) {
    const { owner, month, amount } = itemAt(costs, i, 'owners');
    if (owner === null) continue;
    names.add(owner);
    if (month < from || month > to) continue;
    const list = lines.get(owner);
    if (list) list.push(amount);
    else lines.set(owner, [amount]);
  }
  return new Map([...lines].map(([owner, amounts]) => [owner, sumScaled(amounts)]));
}

function owners(context: Context, closed: ClosedRows, byOwner: ClosedByOwner | null, known: Uint8Array): RevOpsOwner[] {
  const { valid, period, from, to } = context;
  const { costs, leads, activities } = valid;
  // Deals closed in the range, from the whole deals' kept columns (see `sales`).
  const whole = dealColumnsOf(context.dataset.deals);
  const names = new Set<string>();
  // The owners of the deals known at the range's end (created before it): `known`, from dealsAtEnd.
  whole.owners.forEach((owner, number) => {
    if (known[number] === 1) names.add(owner);
  });
  // Each owner's leads of the range (see leadFigures) and activities of the range, grouped in the same
  // indexed pass that names the owners (no iterator per record).
  const figures = leads ? leadFigures(context, leads) : null;
  for (const owner of figures?.owners ?? []) names.add(owner);
  const leadsByOwner = figures?.leadsByOwner ?? new Map<string, number>();
  const activitiesByOwner = activities ? activityTallies(activities, period.start, period.end, names, new Map()) : new Map<string, ActivityTally>();
  const costsByOwner = costs ? repCostsByOwner(costs, from, to, names) : null;
  const deals = ownersDeals(whole, closed, byOwner);
  return [...names].sort().map((owner) => {
    const { won, lost, winRate, averageSalesCycleDays, signed } = deals(owner);
    // As costTotal sums an owner's lines of the range (none: 0).
    const repCosts = costsByOwner === null ? null : (costsByOwner.get(owner) ?? sumScaled([]));
    const ownerLeads = leads ? (leadsByOwner.get(owner) ?? 0) : null;
    let demos: number | null = null;
    let calls: number | null = null;
    let activeDays: number | null = null;
    if (activities) {
      const tally = activitiesByOwner.get(owner);
      demos = tally?.demos ?? 0;
      calls = tally?.calls ?? 0;
      activeDays = tally?.days.size ?? 0;
    }
    return {
      owner,
      wonDeals: won,
      lostDeals: lost,
      winRate,
      averageSalesCycleDays,
      bookings: toMoney(signed),
      repCosts: repCosts === null ? null : toMoney(repCosts),
      repYield: repCosts === null ? null : repYield({ signedRevenue: signed, repCosts }),
      yieldMultiple: repCosts === null ? null : repYieldMultiple({ signedRevenue: signed, repCosts }),
      leads: ownerLeads,
      demos,
      demoConversion: demos === null || ownerLeads === null ? null : demoConversion({ demos, leads: ownerLeads }),
      dealConversion: ownerLeads === null ? null : dealConversion({ wonDeals: won, leads: ownerLeads }),
      calls,
      activeDays,
      callsPerDay: calls === null || activeDays === null ? null : callsPerDay({ calls, days: activeDays }),
    };
  });
}

/** An owner's closed deals of the range: counts, win rate, average cycle, exact bookings. */
interface OwnerDeals {
  won: number;
  lost: number;
  winRate: number | null;
  averageSalesCycleDays: number | null;
  /** Exact: the yield is rounded once, not built on rounded bookings. */
  signed: ExactDecimal;
}

/**
 * Each owner's closed deals of the range, from the tallies per owner number ({@link closedByOwner}), or,
 * when the amounts are not all exact doubles, from the rows grouped by owner and summed exactly.
 */
function ownersDeals(whole: DealColumns, closed: ClosedRows, byOwner: ClosedByOwner | null): (owner: string) => OwnerDeals {
  if (byOwner === null) {
    const wonGroups = dealsByOwner(whole, closed.won);
    const wonByOwner = new Map(wonGroups);
    const winRates = new Map(winRatesOfGroups(wonByOwner, new Map(dealsByOwner(whole, closed.lost))).map((entry) => [entry.owner, entry]));
    const cycles = new Map(salesCycleDaysOfGroups(whole, wonGroups).map((entry) => [entry.owner, entry]));
    return (owner) => ({
      won: winRates.get(owner)?.won ?? 0,
      lost: winRates.get(owner)?.lost ?? 0,
      winRate: winRates.get(owner)?.winRate ?? null,
      averageSalesCycleDays: cycles.get(owner)?.averageSalesCycleDays ?? null,
      signed: sumAmounts(whole, wonByOwner.get(owner) ?? []),
    });
  }
  const numbers = new Map(whole.owners.map((owner, number) => [owner, number]));
  return (owner) => {
    const number = numbers.get(owner) ?? -1;
    const won = byOwner.won[number] ?? 0;
    const lost = byOwner.lost[number] ?? 0;
    return {
      won,
      lost,
      // An owner without closed deals has no win rate (as winRatesOfGroups lists only owners with some).
      winRate: won + lost === 0 ? null : winRate({ won, lost }),
      averageSalesCycleDays: exactSalesCycleDaysOfTotal(byOwner.cycleMs[number] ?? 0, won)?.toNumber() ?? null,
      signed: scaledToExact({ units: BigInt(byOwner.units[number] ?? 0), scale: whole.scale }),
    };
  };
}

function bookingsForecast(context: Context, options: RevOpsReportOptions, atEnd: DealsAtMonthEnd): RevOpsSales['forecast'] {
  const { from, to } = context;
  // Learned from the deals known at B(to) (see dealsAtMonthEnd).
  const { learned, scale } = atEnd;
  // The range's months and the next one, each forecast from what was known at the end of the month before:
  // the next month's figures are the forecast, the range's are its backtest. Exact until the edge.
  // Each month's forecast reads the deals as known at its start, never later than the range's end, so the
  // whole deals give the same figures as the cut ones, and their history is kept for the next range.
  const backtest = bookingsForecastByMonth(context.dataset.deals, {
    from: formatMonth(from),
    to: formatMonth(to),
    stageOrder: options.stageOrder,
    weights: options.forecastWeights,
    committedBookings: options.committedBookings,
  });
  const next = backtest.months[backtest.months.length - 1];
  // The month after the last supported one has no forecast: its figures are null.
  const committed = options.committedBookings === undefined || to + 1 > LAST_SUPPORTED_MONTH ? null : toMoney(toExact(options.committedBookings));
  const byStage = new Map(learned.stages.map((entry) => [entry.stage, entry.probability]));
  // The pipeline open at B(to) (from dealsAtMonthEnd): created before it, and open or closed at or after it
  // (what the cut dataset holds as open), by stage.
  const whole = dealColumnsOf(context.dataset.deals);
  // No stage and a stage named '' (a hand-made dataset) are one entry, as they always were, with the
  // probability of the one open first in row order (no stage comes first here: it is block 0).
  const noStageOpen = (atEnd.openByStage[0]?.stage ?? 0) < 0;
  const noStageFirst = noStageOpen && whole.stages.includes('') ? noStageOpenFirst(whole, to) : true;
  const stages = new Map<string, { openDeals: number; units: bigint; probability: number | null }>();
  let openDeals = 0;
  let openUnits = 0n;
  for (const { stage: number, openDeals: count, units } of atEnd.openByStage) {
    openDeals += count;
    openUnits += units;
    const name = number < 0 ? null : (whole.stages[number] ?? null);
    const entry = stages.get(name ?? '');
    if (entry) {
      entry.openDeals += count;
      entry.units += units;
      if (!noStageFirst) entry.probability = byStage.get('') ?? learned.overall;
    } else {
      stages.set(name ?? '', { openDeals: count, units, probability: (name === null ? undefined : byStage.get(name)) ?? learned.overall });
    }
  }
  const amountOf = (units: bigint): ExactDecimal => scaledToExact({ units, scale });
  let weighted: ExactDecimal | null = new ExactDecimal(0);
  for (const { units, probability } of stages.values()) {
    if (probability === null) {
      weighted = null;
      break;
    }
    weighted = weighted.plus(amountOf(units).times(toExact(probability)));
  }
  const stageNames = [...learned.stages.map((entry) => entry.stage), ...[...stages.keys()].filter((stage) => !byStage.has(stage)).sort()];
  const pipelineByStage = stageNames.flatMap((stage) => {
    const entry = stages.get(stage);
    if (!entry) return [];
    const amount = amountOf(entry.units);
    const weightedAmount = entry.probability === null ? null : toMoney(amount.times(toExact(entry.probability)));
    return [{ stage, openDeals: entry.openDeals, amount: toMoney(amount), probability: entry.probability, weighted: weightedAmount }];
  });
  return {
    stageProbabilities: learned.stages,
    pipelineByStage,
    openPipeline: { openDeals, amount: toMoney(amountOf(openUnits)) },
    weightedPipeline: weighted === null ? null : toMoney(weighted),
    nextMonthBookings: {
      month: formatMonth(to + 1),
      stageWeighted: next?.stageWeighted ?? null,
      trend: next?.trend ?? null,
      committed,
      combined: next?.combined ?? null,
    },
    bookingsByMonth: backtest.months,
    backtestError: backtest.error,
  };
}

function customerSuccess(context: Context): RevOpsCustomerSuccess {
  const { valid, columns, history, from, to, period, options } = context;
  const renewals = renewalsByMonth(columns, { from, to, minimumTermMonths: options.renewalMinimumTermMonths });
  const months = monthsOf(context).map((month, i) => {
    const { ledger } = history;
    const churn = { churnedCustomers: history.count(ledger.churnedCustomers, month), startingCustomers: history.count(ledger.customers, month - 1) };
    return {
      month: formatMonth(month),
      logoChurnRate: customerChurnRate(churn),
      retentionRate: customerRetentionRate(churn),
      acquisitionRate: customerAcquisitionRate({ newCustomers: history.count(ledger.newCustomers, month), startingCustomers: churn.startingCustomers }),
      revenueChurnRate: revenueChurnRate({ startingMrr: history.mrr(month - 1), churn: history.money(history.ledger.churn, month) }),
      // The ledger's expansion count is the upgrade count: 0 < previous < current.
      upgrades: history.count(ledger.expandedCustomers, month),
      renewals: itemAt(renewals, i, 'customerSuccess'),
    };
  });

  let engagement: RevOpsCustomerSuccess['engagement'] = null;
  if (valid.usage) {
    const scores = new Map(
      engagementScores(valid.usage, { period, weights: options.weights, defaultWeight: options.defaultWeight }).map((entry) => [
        entry.customerId,
        entry.score,
      ]),
    );
    // Customers paying at the start of the range; churned when no longer paying at its end.
    const outcomes = engagementOutcomes(context, scores);
    const total = outcomes.reduce((sum, outcome) => sum + outcome.score, 0);
    engagement = {
      customers: outcomes.length,
      averageScore: ratio(total, outcomes.length),
      churnCorrelation: engagementChurnCorrelation(outcomes),
    };
  }

  let enps: RevOpsCustomerSuccess['enps'] = null;
  if (valid.employeeSurveys) {
    const scores = valid.employeeSurveys.filter((survey) => inPeriod(survey.at, period)).map((survey) => survey.score);
    enps = { score: nps(scores), responses: scores.length };
  }

  return {
    months,
    renewals: months.reduce((sum, row) => sum + row.renewals, 0),
    upgrades: months.reduce((sum, row) => sum + row.upgrades, 0),
    engagement,
    enps,
  };
}

function finance(context: Context): RevOpsFinance {
  const { valid, history, from, to, options } = context;
  const { costs } = valid;
  const { ledger } = history;
  const months = monthsOf(context).map((month) => {
    const mrr = history.mrr(month);
    const operatingCosts = costs ? grossBurn(costs, { from: month, to: month }) : null;
    return {
      month: formatMonth(month),
      mrr: toMoney(mrr),
      mrrGrowthRate: mrrGrowthRate({ startingMrr: history.mrr(month - 1), endingMrr: mrr }),
      yearOverYearGrowth: yearOverYearGrowth({ current: mrr, yearAgo: history.mrr(month - 12) }),
      operatingCosts: operatingCosts === null ? null : toMoney(operatingCosts),
      operatingResult: operatingCosts === null ? null : operatingResult({ mrr, operatingCosts }),
      netBurn: operatingCosts === null ? null : toMoney(netBurnOf({ grossBurn: operatingCosts, revenue: mrr })),
    };
  });

  const startMrr = history.mrr(from - 1);
  const endMrr = history.mrr(to);
  // Lifetime: every month from the month before the first subscription (or a year before the range) to `to`.
  const first = Math.min(from - 12, history.bounds.earliestStart) - 1;
  const churned = sumCounts(ledger.churnedCustomers, history, from, to);
  let startingCustomers = 0;
  for (let month = from; month <= to; month++) startingCustomers += history.count(ledger.customers, month - 1);
  const endCustomers = history.count(ledger.customers, to);
  const grossMargin = options.grossMargin ?? 1;
  const clv = exactCustomerLifetimeValue(
    {
      arpa: endCustomers === 0 ? null : endMrr.div(endCustomers),
      customerChurnRate: startingCustomers === 0 ? null : new ExactDecimal(churned).div(startingCustomers),
    },
    { grossMargin },
  );

  const lifetime = history.lifetime(to);
  const lifetimeRevenue = fractionToExact(lifetime.revenue, ledger.denominator);
  const { everCustomers, customerMonths } = lifetime;
  // Exact CLV and CAC: the ratio is rounded once (a ratio of exactly 3 prints 3, not 3.00003).
  const { cac } = context.totals;

  // The seeds' burn: operating costs only (exceptional and financing costs left out).
  const gross = costs ? grossBurn(costs, { from, to }) : null;
  const netBurn = gross === null ? null : netBurnOf({ grossBurn: gross, revenue: sumMoney(ledger.mrr, history, from, to) });

  // The MRR series from the first month with MRR (or `to` without any) to `to`, fitted from its running sums.
  const dataStart = Math.min(history.bounds.firstPaying, to);
  const trends = mrrTrends(context.columns, dataStart, ledger.denominator);
  const fitTo = (month: number): void => {
    for (let next = dataStart + trends.fit.length; next <= month; next++) trends.fit.push(history.mrrNumerator(next));
  };
  // Never past the last supported month: a projection with no month left is null.
  const horizon = Math.min(options.forecastHorizon ?? 3, LAST_SUPPORTED_MONTH - to);
  fitTo(to);
  const projection = horizon < 1 ? null : (trends.fit.forecast(to - dataStart + 1, horizon)?.map(toMoney) ?? null);
  const backtest: { forecast: ExactDecimal; actual: ExactDecimal }[] = [];
  const mrrForecastByMonth: RevOpsFinance['mrrForecastByMonth'] = [];
  for (let month = from; month <= to; month++) {
    // One month ahead, from the MRR known at the end of the month before (two months of data at least).
    if (month >= dataStart + 2 && !trends.byMonth.has(month)) trends.byMonth.set(month, trends.fit.forecast(month - dataStart, 1)?.[0]);
    const forecast = trends.byMonth.get(month);
    const actual = history.mrr(month);
    if (forecast !== undefined) backtest.push({ forecast, actual });
    mrrForecastByMonth.push({ month: formatMonth(month), actual: toMoney(actual), trend: forecast === undefined ? null : toMoney(forecast) });
  }
  projection?.forEach((mrr, i) => mrrForecastByMonth.push({ month: formatMonth(to + 1 + i), actual: null, trend: mrr }));

  return {
    months,
    compoundMonthlyGrowthRate: compoundMonthlyGrowthRate({ startingValue: startMrr, endingValue: endMrr, months: to - from + 1 }),
    grossMargin: toExact(grossMargin).toNumber(),
    customerLifetimeValue: clv === null ? null : toMoney(clv),
    historicalCustomerLifetimeValue: costs
      ? historicalCustomerLifetimeValue({
          lifetimeRevenue,
          acquisitionCosts: costTotal(costs, { categories: ACQUISITION_CATEGORIES, months: { from: first, to } }),
          serviceCosts: costTotal(costs, { categories: ['service'], months: { from: first, to } }),
          customers: everCustomers,
        })
      : null,
    purchaseFrequencyLifetimeValue: purchaseFrequencyLifetimeValue({
      averageTransactionValue: customerMonths === 0 ? null : lifetimeRevenue.div(customerMonths),
      purchaseFrequency: everCustomers === 0 ? null : new ExactDecimal(customerMonths).div(everCustomers),
    }),
    clvToCacRatio: clvToCacRatio({ clv, cac }),
    grossBurn: gross === null ? null : toMoney(gross),
    netBurn: netBurn === null ? null : toMoney(netBurn),
    burnMultiple: netBurn === null ? null : burnMultiple({ netBurn, netNewArr: endMrr.minus(startMrr).times(12) }),
    revenueRetention: revenueRetention(context),
    arpa: {
      range: arpaOf(history, from, to),
      quarters: calendarPeriods(from, to, 3).map((span) => periodArpa(history, span)),
      semesters: calendarPeriods(from, to, 6).map((span) => periodArpa(history, span)),
    },
    mrrProjection: projection?.map((mrr, i) => ({ month: formatMonth(to + 1 + i), mrr })) ?? null,
    mrrForecastByMonth,
    forecastAccuracy: forecastAccuracy(backtest),
  };
}

// Each month's one-month-ahead MRR forecast reads the MRR from the first month with data to the month
// before: the same for every range, so the series' running sums and the forecasts are kept per columns
// (and first month) across ranges.
const mrrTrendsKept = new WeakMap<SubscriptionColumns, Map<number, { fit: PrefixTrendFit; byMonth: Map<number, ExactDecimal | undefined> }>>();

function mrrTrends(columns: SubscriptionColumns, dataStart: number, denominator: bigint): { fit: PrefixTrendFit; byMonth: Map<number, ExactDecimal | undefined> } {
  let byStart = mrrTrendsKept.get(columns);
  if (!byStart) mrrTrendsKept.set(columns, (byStart = new Map()));
  let trends = byStart.get(dataStart);
  if (!trends) byStart.set(dataStart, (trends = { fit: new PrefixTrendFit(denominator), byMonth: new Map() }));
  return trends;
}

/** NRR and GRR of retention totals. */
function retentionRatios({ starting, ending, kept }: RetentionTotals): { nrr: number | null; grr: number | null } {
  // Numerators over one common denominator: their ratio is the ratio of the amounts.
  return { nrr: ratio(ending, starting), grr: ratio(kept, starting) };
}

function revenueRetention(context: Context): RevOpsFinance['revenueRetention'] {
  const { retention, to } = context;
  const trailingFrom = to - 11;
  return {
    range: retentionRatios(retention.range),
    trailing12Months: { from: formatMonth(trailingFrom), to: formatMonth(to), ...retentionRatios(retention.trailing) },
  };
}

/** ARPA over months `from`..`to`: their MRR summed ÷ the mean of their month-end customer counts. */
function arpaOf(history: History, from: number, to: number): number | null {
  const months = [];
  for (let month = from; month <= to; month++) {
    months.push({ revenue: history.mrr(month), accounts: history.has(month) ? history.count(history.ledger.customers, month) : 0 });
  }
  return arpaOverRange(months);
}

/** Calendar quarters (3) or semesters (6) that meet `from`..`to`, clipped to it: `2024-Q1`, `2024-H2`. */
function calendarPeriods(from: number, to: number, length: 3 | 6): { period: string; from: string; to: string; fromIndex: number; toIndex: number }[] {
  const spans = [];
  for (let start = from - (((from % length) + length) % length); start <= to; start += length) {
    const fromIndex = Math.max(start, from);
    const toIndex = Math.min(start + length - 1, to);
    const year = Math.floor(start / 12);
    const part = (start - year * 12) / length + 1;
    spans.push({ period: `${year}-${length === 3 ? 'Q' : 'H'}${part}`, from: formatMonth(fromIndex), to: formatMonth(toIndex), fromIndex, toIndex });
  }
  return spans;
}

function periodArpa(history: History, span: ReturnType<typeof calendarPeriods>[number]): { period: string; from: string; to: string; arpa: number | null } {
  return { period: span.period, from: span.from, to: span.to, arpa: arpaOf(history, span.fromIndex, span.toIndex) };
}

/**
 * The customers paying at the end of `from − 1` (MRR > 0), each with its
 * engagement score (0 without usage) and whether it no longer pays at the end
 * of `to`, in the order of {@link RangeRetention.cohort}.
 */
function engagementOutcomes(context: Context, scores: ReadonlyMap<string, number>): { score: number; churned: boolean }[] {
  const { customerIds } = context.columns;
  const { cohort, stillPaying } = context.retention;
  const outcomes: { score: number; churned: boolean }[] = [];
  for (let k = 0; k < cohort.length; k++) {
    const c = itemAt(cohort, k, 'engagementOutcomes');
    outcomes.push({ score: scores.get(itemAt(customerIds, c, 'engagementOutcomes')) ?? 0, churned: !itemAt(stillPaying, k, 'engagementOutcomes') });
  }
  return outcomes;
}
