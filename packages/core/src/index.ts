// @revkit/core: the headless, exact SaaS metrics engine. No React, no DOM,
// no Node-only API: it runs in browsers, Node and edge runtimes alike.
export type * from './types.js';
export { buildReport, buildReportFromValid } from './buildReport/index.js';
export { validateDataset, BILLING_INTERVALS, DEAL_STATUSES, SURVEY_SCALES, DATASET_SECTIONS } from './validate/index.js';
export type { ValidDataset, ValidSubscription, ValidDeal, ValidSurvey } from './validate/index.js';
export { RevkitValidationError, isRevkitValidationError, formatIssue, type ValidationIssue } from './errors/index.js';
export { parseMonth, formatMonth, parseMonthRange, monthBoundary } from './month/index.js';
export { parseInstant } from './time/index.js';
export { dataMonthRange } from './dataMonthRange/index.js';
export { computeLedger, monthlyAmountFraction, type MrrLedger, type LedgerCohort, type Fraction } from './ledger/index.js';
export { ExactDecimal, ratio, toMoney, toExact, type ExactValue } from './exact/index.js';
export { arpa } from './arpa/index.js';
export { customerChurnRate } from './customerChurnRate/index.js';
export { grossMrrChurnRate } from './grossMrrChurnRate/index.js';
export { netMrrChurnRate } from './netMrrChurnRate/index.js';
export { netRevenueRetention } from './netRevenueRetention/index.js';
export { grossRevenueRetention } from './grossRevenueRetention/index.js';
export { quickRatio } from './quickRatio/index.js';
export { mrrGrowthRate } from './mrrGrowthRate/index.js';
export { winRate } from './winRate/index.js';
export { averageDealSize } from './averageDealSize/index.js';
export { averageSalesCycleDays, type DealCycle } from './averageSalesCycleDays/index.js';
export { pipelineVelocity } from './pipelineVelocity/index.js';
export { funnelConversion } from './funnelConversion/index.js';
export { csat } from './csat/index.js';
export { nps } from './nps/index.js';
export { ces } from './ces/index.js';
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
} from './validate/index.js';
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
} from './options/index.js';
export { moneyRatio } from './moneyRatio/index.js';
export { costTotal } from './costTotal/index.js';
export { customerMrrTimelines, type CustomerMrrTimelines } from './customerMrr/index.js';
export { customerAcquisitionCost } from './customerAcquisitionCost/index.js';
export { cacPaybackMonths } from './cacPaybackMonths/index.js';
export { costPerLead } from './costPerLead/index.js';
export { opportunityCost } from './opportunityCost/index.js';
export { customerLifetimeValue } from './customerLifetimeValue/index.js';
export { historicalCustomerLifetimeValue } from './historicalCustomerLifetimeValue/index.js';
export { purchaseFrequencyLifetimeValue } from './purchaseFrequencyLifetimeValue/index.js';
export { clvToCacRatio } from './clvToCacRatio/index.js';
export { yearOverYearGrowth } from './yearOverYearGrowth/index.js';
export { compoundMonthlyGrowthRate } from './compoundMonthlyGrowthRate/index.js';
export { operatingResult } from './operatingResult/index.js';
export { burnMultiple } from './burnMultiple/index.js';
export { revenueChurnRate } from './revenueChurnRate/index.js';
export { bookings, type Bookings } from './bookings/index.js';
export { winRateByOwner, type OwnerWinRate } from './winRateByOwner/index.js';
export { salesCycleDaysByOwner, type OwnerSalesCycle } from './salesCycleDaysByOwner/index.js';
export { repYield } from './repYield/index.js';
export { demoConversion } from './demoConversion/index.js';
export { dealConversion } from './dealConversion/index.js';
export { callsPerDay } from './callsPerDay/index.js';
export { stageConversion, passedStages, type StageStep } from './stageConversion/index.js';
export { timeInStage, type StageDuration } from './timeInStage/index.js';
export {
  stageWinProbabilities,
  type StageProbability,
  type StageProbabilities,
} from './stageWinProbabilities/index.js';
export { weightedPipeline } from './weightedPipeline/index.js';
export { trendSeasonalForecast } from './trendSeasonalForecast/index.js';
export { combinedForecast, type ForecastEstimates, type ForecastWeightsOption } from './combinedForecast/index.js';
export { forecastAccuracy, type ForecastOutcome, type ForecastErrorMethodOption } from './forecastAccuracy/index.js';
export { renewalCount } from './renewalCount/index.js';
export { upgradeCount } from './upgradeCount/index.js';
export { engagementScores, type CustomerEngagement } from './engagementScores/index.js';
export { engagementChurnCorrelation, type EngagementOutcome } from './engagementChurnCorrelation/index.js';
// Range and comparison helpers the React kit renders (plain numbers, no decimal.js).
export { mrrBridge, type MrrBridge, type MrrBridgeOptions } from './mrrBridge/index.js';
export { periodChange, type PeriodChange, type PeriodChangeInput } from './periodChange/index.js';
export {
  cohortRetentionAverage,
  type CohortRetentionAverageOptions,
  type RetentionMeasure,
  type RetentionMeasureOption,
} from './cohortRetentionAverage/index.js';
export { cohortRetainedValues } from './cohortRetainedValues/index.js';
export { targetProgress, type TargetProgressInput } from './targetProgress/index.js';
export { lastMonthsRange, type LastMonthsRangeOptions } from './lastMonthsRange/index.js';
export { metricCatalog, getMetric } from './catalog/index.js';
export type { LocalizedText, MetricDefinition, MetricPolarity, MetricTeam, MetricUnit } from './catalog/index.js';
export { buildRevOpsReport, buildRevOpsReportFromValid, type RevOpsReportOptions } from './buildRevOpsReport/index.js';
