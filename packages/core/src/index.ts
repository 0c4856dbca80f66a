// @revkit/core: the headless, exact SaaS metrics engine. No React, no DOM,
// no Node-only API: it runs in browsers, Node and edge runtimes alike.
export type * from './types.js';
export { mrrRowRates, type MrrMonthTotals, type MrrRowRates } from './report/mrrRowRates/index.js';
export { reportMrrBridge, type MrrBridgeMonth, type MrrBridgeTotals } from './report/reportMrrBridge/index.js';
export { satisfactionSummary, type ResponsesPerScore } from './report/satisfactionSummary/index.js';
export { buildReport, buildReportFromValid, reportRange, type RangePaths } from './report/buildReport/index.js';
export {
  customerBreakdown,
  customerBreakdownFromValid,
  type BreakdownSelection,
  type CustomerBreakdown,
  type CustomerBreakdownRow,
} from './report/customerBreakdown/index.js';
export { validateDataset, BILLING_INTERVALS, DEAL_STATUSES, SURVEY_SCALES, DATASET_SECTIONS } from './engine/validate/index.js';
export type { ValidDataset, ValidSubscription, ValidDeal, ValidSurvey } from './engine/validate/index.js';
export {
  RevkitValidationError,
  isRevkitValidationError,
  formatIssue,
  summarizeIssues,
  collapseIssues,
  keyPath,
  printable,
  PRINTABLE_LENGTH,
  SHOWN_PROBLEMS,
  type ValidationIssue,
  type CollapsedIssue,
  type IssueSummary,
} from './engine/errors/index.js';
export {
  parseMonth,
  formatMonth,
  parseMonthRange,
  addCalendarMonths,
  monthBoundary,
  firstDayOfMonth,
  monthOfInstant,
  FIRST_SUPPORTED_MONTH,
  LAST_SUPPORTED_MONTH,
  MAX_REPORT_MONTHS,
  type DefaultedBounds,
} from './engine/month/index.js';
export { parseInstant } from './engine/time/index.js';
// Public as well: generators and adapters built on the kit read their typed arrays with the same checked read.
export { itemAt } from './_lib/itemAt/index.js';
export { decodeText, invalidUtf8Offset, parseJsonFile, type ParsedJsonFile } from './engine/input/index.js';
export { dataMonthRange } from './engine/dataMonthRange/index.js';
export { computeLedger, monthlyAmountFraction, type MrrLedger, type LedgerCohort, type Fraction } from './engine/ledger/index.js';
export { ExactDecimal, ratio, roundQuotient, toMoney, toExact, type ExactValue, type ScaledDecimal } from './engine/exact/index.js';
export { arpa } from './metrics/arpa/index.js';
export { customerChurnRate } from './metrics/customerChurnRate/index.js';
export { grossMrrChurnRate } from './metrics/grossMrrChurnRate/index.js';
export { netMrrChurnRate } from './metrics/netMrrChurnRate/index.js';
export { netRevenueRetention } from './metrics/netRevenueRetention/index.js';
export { grossRevenueRetention } from './metrics/grossRevenueRetention/index.js';
export { quickRatio } from './metrics/quickRatio/index.js';
export { mrrGrowthRate } from './metrics/mrrGrowthRate/index.js';
export { winRate } from './metrics/winRate/index.js';
export { averageDealSize } from './metrics/averageDealSize/index.js';
export { averageSalesCycleDays, type DealCycle } from './metrics/averageSalesCycleDays/index.js';
export { pipelineVelocity } from './metrics/pipelineVelocity/index.js';
export { funnelConversion } from './metrics/funnelConversion/index.js';
export { csat } from './metrics/csat/index.js';
export { nps } from './metrics/nps/index.js';
export { ces } from './metrics/ces/index.js';
// RevOps metrics (issue 3): acquisition, value, finance, sales, forecast, retention.
export type {
  CostCategory,
  CostEntry,
  LeadStage,
  LeadRecord,
  ActivityType,
  ActivityRecord,
  UsageRecord,
  EmployeeSurveyResponse,
} from './types.js';
export {
  COST_CATEGORIES,
  LEAD_STAGES,
  ACTIVITY_TYPES,
  type ValidCost,
  type ValidLead,
  type ValidActivity,
  type ValidUsage,
  type ValidEmployeeSurvey,
  type LeadStageInstants,
} from './engine/validate/index.js';
export {
  periodOfMonths,
  inPeriod,
  ACQUISITION_CATEGORIES,
  OPERATING_CATEGORIES,
  type Period,
  type PeriodOption,
  type GrossMarginOption,
  type CostCategoriesOption,
  type StageOrderOption,
  type EventWeightsOption,
  type ProjectionOption,
} from './engine/options/index.js';
export { moneyRatio } from './engine/moneyRatio/index.js';
export { costTotal } from './metrics/costTotal/index.js';
export { customerMrrTimelines, type CustomerMrrTimelines } from './engine/customerMrr/index.js';
export { customerAcquisitionCost } from './metrics/customerAcquisitionCost/index.js';
export { cacPaybackMonths } from './metrics/cacPaybackMonths/index.js';
export { costPerLead } from './metrics/costPerLead/index.js';
export { opportunityCost } from './metrics/opportunityCost/index.js';
export { customerLifetimeValue } from './metrics/customerLifetimeValue/index.js';
export { historicalCustomerLifetimeValue } from './metrics/historicalCustomerLifetimeValue/index.js';
export { purchaseFrequencyLifetimeValue } from './metrics/purchaseFrequencyLifetimeValue/index.js';
export { clvToCacRatio } from './metrics/clvToCacRatio/index.js';
export { yearOverYearGrowth } from './metrics/yearOverYearGrowth/index.js';
export { compoundMonthlyGrowthRate } from './metrics/compoundMonthlyGrowthRate/index.js';
export { operatingResult } from './metrics/operatingResult/index.js';
export { burnMultiple } from './metrics/burnMultiple/index.js';
export { grossBurn } from './metrics/grossBurn/index.js';
export { netBurn } from './metrics/netBurn/index.js';
export { netRevenueRetentionOverRange, type CustomerMrrChange } from './metrics/netRevenueRetentionOverRange/index.js';
export { grossRevenueRetentionOverRange } from './metrics/grossRevenueRetentionOverRange/index.js';
export { arpaOverRange, type MonthRevenue } from './metrics/arpaOverRange/index.js';
export { customerRetentionRate } from './metrics/customerRetentionRate/index.js';
export { customerAcquisitionRate } from './metrics/customerAcquisitionRate/index.js';
export { cumulativeBookings } from './metrics/cumulativeBookings/index.js';
export { repYieldMultiple } from './metrics/repYieldMultiple/index.js';
export { stageWeightedForecast, type StageWeightedForecastInput } from './metrics/stageWeightedForecast/index.js';
export { salesCycleFromFirstContact, type SalesCycle } from './metrics/salesCycleFromFirstContact/index.js';
export { revenueChurnRate } from './metrics/revenueChurnRate/index.js';
export { bookings, type Bookings } from './metrics/bookings/index.js';
export { winRateByOwner, type OwnerWinRate } from './metrics/winRateByOwner/index.js';
export { salesCycleDaysByOwner, type OwnerSalesCycle } from './metrics/salesCycleDaysByOwner/index.js';
export { repYield } from './metrics/repYield/index.js';
export { demoConversion } from './metrics/demoConversion/index.js';
export { dealConversion } from './metrics/dealConversion/index.js';
export { callsPerDay } from './metrics/callsPerDay/index.js';
export { stageConversion, passedStages, type StageStep } from './metrics/stageConversion/index.js';
export { timeInStage, type StageDuration } from './metrics/timeInStage/index.js';
export {
  stageWinProbabilities,
  type StageProbability,
  type StageProbabilities,
} from './metrics/stageWinProbabilities/index.js';
export { weightedPipeline } from './metrics/weightedPipeline/index.js';
export { trendSeasonalForecast } from './metrics/trendSeasonalForecast/index.js';
export { combinedForecast, type ForecastEstimates, type ForecastWeightsOption } from './metrics/combinedForecast/index.js';
export {
  bookingsForecastByMonth,
  type BookingsForecastBacktest,
  type BookingsForecastMethod,
  type BookingsForecastOptions,
} from './metrics/bookingsForecastByMonth/index.js';
export { forecastAccuracy, type ForecastOutcome, type ForecastErrorMethodOption } from './metrics/forecastAccuracy/index.js';
export { renewalCount } from './metrics/renewalCount/index.js';
export { upgradeCount } from './metrics/upgradeCount/index.js';
export { engagementScores, type CustomerEngagement } from './metrics/engagementScores/index.js';
export { engagementChurnCorrelation, type EngagementOutcome } from './metrics/engagementChurnCorrelation/index.js';
// Range and comparison helpers the React kit renders (plain numbers, no decimal.js).
export { mrrBridge, type MrrBridge, type MrrBridgeOptions } from './display/mrrBridge/index.js';
export { mrrBridgeSteps, mrrBridgeStepSelection, type MrrBridgeStep, type MrrBridgeStepKind } from './display/mrrBridgeSteps/index.js';
export { MRR_MOVEMENTS, MRR_GAINS, MRR_LOSSES, isMrrMovement } from './display/mrrMovements/index.js';
export { periodChange, type PeriodChange, type PeriodChangeInput } from './display/periodChange/index.js';
export {
  cohortRetentionAverage,
  type CohortRetentionAverageOptions,
  type RetentionMeasure,
  type RetentionMeasureOption,
} from './display/cohortRetentionAverage/index.js';
export { cohortRetainedValues } from './display/cohortRetainedValues/index.js';
export { cohortImmatureMonths, type CohortImmatureMonthsOptions } from './display/cohortImmatureMonths/index.js';
export { targetProgress, type TargetProgressInput } from './display/targetProgress/index.js';
export { lastMonthsRange, type LastMonthsRangeOptions } from './report/lastMonthsRange/index.js';
export { REP_YIELD_LINE, repYieldBand, type RepYieldBand } from './display/repYieldBand/index.js';
export { metricCatalog, getMetric, isMetricId, type MetricId, type CatalogMetric } from './catalog/index.js';
export { metricShortName } from './catalog/shortName.js';
export { findMetric } from './catalog/findMetric.js';
export { eachMonthOfRange, previousRange, type MonthRange } from './display/monthRange/index.js';
export type { LocalizedText, MetricDefinition, MetricPolarity, MetricTeam, MetricUnit } from './catalog/index.js';
export { buildRevOpsReport, buildRevOpsReportFromValid, type RevOpsReportOptions } from './report/buildRevOpsReport/index.js';
