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
