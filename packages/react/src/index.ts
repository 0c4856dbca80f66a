// @revkit/react: accessible charts and KPI cards for SaaS revenue
// dashboards, fed by @revkit/core's report. This entry has no directive of
// its own: only the modules with hooks are marked 'use client', so a server
// component can import it and render `KpiGrid` or pass data to the charts.
export { RevkitProvider, useRevkit, type RevkitProviderProps, type RevkitContextValue, type RevkitTheme } from './provider/RevkitProvider.js';
export { createFormatters, type Formatters, type MaybeNumber } from './format/formatters.js';
export { languageOf, messagesFor, type Language, type Messages } from './format/messages.js';
export type { ValueFormat } from './format/valueFormat.js';
export type { Accessor, NumericKey, StringKey } from './charts/accessors.js';
export type { MetricUnitLike, Polarity } from './format/units.js';
export { KpiCard, type KpiCardProps } from './kpi/KpiCard.js';
export { KpiGrid, type KpiGridProps } from './kpi/KpiGrid.js';
export { FunnelChart, biggestDropOffIndex, type FunnelChartProps } from './charts/FunnelChart.js';
export { MrrWaterfall, type MrrWaterfallProps } from './charts/MrrWaterfall.js';
export { MrrMovementsChart, type MrrMovementsChartProps } from './charts/MrrMovementsChart.js';
export { CohortChart, type CohortChartProps } from './charts/CohortChart.js';
export { MetricTrend, type MetricTrendProps } from './charts/MetricTrend.js';
export { PipelineChart, type PipelineChartProps } from './charts/PipelineChart.js';
export { ForecastChart, type ForecastChartProps, type ForecastSeries } from './charts/ForecastChart.js';
export { RepLeaderboard, type RepLeaderboardProps, type RepLeaderboardSort, type RepLeaderboardColumn } from './charts/RepLeaderboard.js';
export {
  CustomerBreakdown,
  type CustomerBreakdownProps,
  type CustomerBreakdownSort,
  type CustomerBreakdownColumn,
} from './charts/CustomerBreakdown.js';
export type { MovementsSelection } from './charts/MrrMovementsChart.js';
export type { TableSort } from './charts/DataTable.js';
export type { ChartProps, RootAttributes, StateProps } from './charts/states.js';
