// `@revkit/core/display`: what a chart kit needs from the core without the
// exact engine. Every module here works on report rows already rounded to
// the cent (or on plain months and strings); none imports decimal.js, the
// ledger or the validator: a lint rule (eslint.config.mjs) and a test of
// this entry's bundle keep it so. `@revkit/react` imports only from here at
// run time.
export type * from '../types.js';
export type { LocalizedText, MetricDefinition, MetricPolarity, MetricTeam, MetricUnit } from '../catalog/types.js';
export { metricShortName } from '../catalog/shortName.js';
export { findMetric } from '../catalog/findMetric.js';
export { eachMonthOfRange, previousRange, type MonthRange } from './monthRange/index.js';
export type { BreakdownSelection, CustomerBreakdown, CustomerBreakdownRow } from '../report/customerBreakdown/index.js';
export { mrrBridge, type MrrBridge, type MrrBridgeOptions } from './mrrBridge/index.js';
export { mrrBridgeSteps, mrrBridgeStepSelection, type MrrBridgeStep, type MrrBridgeStepKind } from './mrrBridgeSteps/index.js';
export { MRR_MOVEMENTS, MRR_GAINS, MRR_LOSSES, isMrrMovement } from './mrrMovements/index.js';
export { periodChange, type PeriodChange, type PeriodChangeInput } from './periodChange/index.js';
export { cohortRetentionAverage, type CohortRetentionAverageOptions, type RetentionMeasure, type RetentionMeasureOption } from './cohortRetentionAverage/index.js';
export { cohortRetainedValues } from './cohortRetainedValues/index.js';
export { cohortImmatureMonths, type CohortImmatureMonthsOptions } from './cohortImmatureMonths/index.js';
export { targetProgress, type TargetProgressInput } from './targetProgress/index.js';
export { REP_YIELD_LINE, repYieldBand, type RepYieldBand } from './repYieldBand/index.js';
export { parseMonth, formatMonth, monthBoundary, firstDayOfMonth, monthOfInstant, FIRST_SUPPORTED_MONTH, LAST_SUPPORTED_MONTH } from '../engine/month/index.js';
export { printable } from '../engine/errors/index.js';
