import { getMetric, metricShortName, type BreakdownSelection, type MetricId, type MrrMovement, type MrrRow, type Report } from '@revkit/core';
import {
  CohortChart,
  ForecastChart,
  FunnelChart,
  KpiCard,
  KpiGrid,
  MetricTrend,
  MrrMovementsChart,
  MrrWaterfall,
  PipelineChart,
  RepLeaderboard,
  useRevkit,
} from '@revkit/react';
import { memo, type ReactNode } from 'react';
import type { Period, PeriodReports } from '../data/dataset.js';
import type { AppStrings } from '../i18n/strings.js';

export interface SectionsProps {
  strings: AppStrings;
  /** `null` while the first dataset loads: everything shows its loading state. */
  reports: PeriodReports | null;
  period: Period | null;
  /** A period the core refused to report on (shown in every section). */
  error: string | null;
  /** The month in progress today, drawn as unfinished where it appears. */
  currentMonth: string;
  /** A figure chosen in the bridge, the movements chart or the cohort grid: the customers behind it are asked for. */
  onDrill?: (selection: BreakdownSelection) => void;
  /**
   * Which sections: the first screen's (`upper`: key metrics and revenue), one of the others, or all.
   * The page commits them one part per task, so no single task draws (and lays out) the whole dashboard.
   */
  part?: SectionPart;
}

/** The sections below the first screen, in page order: each is drawn in a task of its own. */
export const LOWER_SECTIONS = ['retention', 'pipeline', 'sales', 'satisfaction'] as const;
export type LowerSection = (typeof LOWER_SECTIONS)[number];
export type SectionPart = 'upper' | LowerSection | 'all';

const MOVEMENT_KEYS: readonly MrrMovement[] = ['new', 'expansion', 'reactivation', 'contraction', 'churn'];

/** A whole month chosen by keyboard: its largest movement first (the panel switches to the others). */
function largestMovement(row: MrrRow | undefined): MrrMovement {
  let largest: MrrMovement = 'new';
  for (const key of MOVEMENT_KEYS) if (row && Math.abs(row[key]) > Math.abs(row[largest])) largest = key;
  return largest;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dashboard-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** A card: which catalog metric it shows (its name, unit, polarity and formula), and its figures. */
interface CardSpec {
  id: MetricId;
  /** Only where the title says more than the catalog's name (a snapshot's date). */
  label?: string;
  value: number | null | undefined;
  previousValue?: number | null | undefined;
  comparisonLabel?: string | undefined;
  sparkline?: readonly number[];
}

function Cards({ label, cards, loading, error, className }: { label: string; cards: CardSpec[]; loading: boolean; error: string | null; className?: string }) {
  return (
    <KpiGrid label={label} minCardWidth="10.5rem" className={className}>
      {cards.map(({ id, ...card }) => (
        // Name, unit, polarity and formula come from the core's catalog, the one source of definitions.
        <KpiCard key={id} metric={getMetric(id)} {...card} loading={loading} error={error} />
      ))}
    </KpiGrid>
  );
}

const mrrOf = (row: MrrRow) => row.mrr;
/** MRR has one forecast, the trend-and-seasonality projection; its error is `finance.forecastAccuracy`. */
const MRR_FORECASTS = [{ key: 'trend' }] as const;

/**
 * The dashboard's sections. Every figure is read from the core's reports;
 * the comparison is the previous month for monthly figures and the previous
 * period of the same length for period figures.
 */
// Memoized: progress, the controls and the panels re-render the page often, never the charts for nothing.
export const Sections = memo(function Sections({ strings, reports, period, error, currentMonth, onDrill, part = 'all' }: SectionsProps) {
  const { formatters, language } = useRevkit();
  const report: Report | null = reports?.current.report ?? null;
  const previousReport: Report | null = reports?.previous?.report ?? null;
  const loading = reports === null && error === null;
  const rows = report?.mrr ?? [];
  const last = rows[rows.length - 1];
  // The month before the period's last: inside the period, or the previous period's last.
  const beforeLast = rows.length > 1 ? rows[rows.length - 2] : previousReport?.mrr[previousReport.mrr.length - 1];
  const sparkline = rows.map(mrrOf);
  const vsMonth = beforeLast ? strings.vsMonth(formatters.month(beforeLast.month)) : undefined;
  const vsPeriod = period ? strings.vsPreviousMonths(period.length) : undefined;
  const sales = report?.sales;
  const previousSales = previousReport?.sales;
  const satisfaction = report?.satisfaction;
  const previousSatisfaction = previousReport?.satisfaction;
  const revOps = reports?.current.revOps;
  const finance = revOps?.finance;
  const salesForecast = revOps?.sales?.forecast ?? null;
  const previousFinance = reports?.previous?.revOps.finance;

  const keyCards: CardSpec[] = [
    { id: 'mrr', value: last?.mrr, previousValue: beforeLast?.mrr, sparkline, comparisonLabel: vsMonth },
    { id: 'arr', value: last?.arr, previousValue: beforeLast?.arr, comparisonLabel: vsMonth },
    { id: 'netNewMrr', value: last?.netNew, previousValue: beforeLast?.netNew, comparisonLabel: vsMonth },
    { id: 'nrr', value: last?.nrr, previousValue: beforeLast?.nrr, comparisonLabel: vsMonth },
    { id: 'customerChurnRate', value: last?.customerChurnRate, previousValue: beforeLast?.customerChurnRate, comparisonLabel: vsMonth },
    { id: 'arpa', value: last?.arpa, previousValue: beforeLast?.arpa, comparisonLabel: vsMonth },
    { id: 'clvToCacRatio', value: finance?.clvToCacRatio, previousValue: previousFinance?.clvToCacRatio, comparisonLabel: vsPeriod },
    { id: 'quickRatio', value: last?.quickRatio, previousValue: beforeLast?.quickRatio, comparisonLabel: vsMonth },
  ];

  const salesCards: CardSpec[] = [
    { id: 'winRate', value: sales?.winRate, previousValue: previousSales?.winRate, comparisonLabel: vsPeriod },
    { id: 'averageSalesCycleDays', value: sales?.averageSalesCycleDays, previousValue: previousSales?.averageSalesCycleDays, comparisonLabel: vsPeriod },
    { id: 'averageDealSize', value: sales?.averageDealSize, previousValue: previousSales?.averageDealSize, comparisonLabel: vsPeriod },
    { id: 'pipelineVelocity', value: sales?.pipelineVelocity, previousValue: previousSales?.pipelineVelocity, comparisonLabel: vsPeriod },
    // A snapshot at the end of the period (point in time), compared with the one at the end of the previous period.
    {
      id: 'openPipeline',
      label: strings.openPipelineAsOf(report ? formatters.month(report.to) : null),
      value: sales?.openPipeline,
      previousValue: previousSales?.openPipeline,
      comparisonLabel: previousReport ? strings.vsMonth(formatters.month(previousReport.to)) : undefined,
    },
  ];

  const satisfactionCards: CardSpec[] = [
    { id: 'csat', value: satisfaction?.csat, previousValue: previousSatisfaction?.csat, comparisonLabel: vsPeriod },
    { id: 'nps', value: satisfaction?.nps, previousValue: previousSatisfaction?.nps, comparisonLabel: vsPeriod },
    { id: 'ces', value: satisfaction?.ces, previousValue: previousSatisfaction?.ces, comparisonLabel: vsPeriod },
  ];
  // CAC needs the acquisition spend of the optional costs section.
  const clvNeedsCosts = reports !== null && (finance?.clvToCacRatio ?? null) === null && (reports.current.revOps.marketing?.acquisitionSpend ?? null) === null;

  const unfinished = period && currentMonth >= period.from && currentMonth <= period.to ? currentMonth : undefined;
  const shows = (section: 'upper' | LowerSection) => part === 'all' || part === section;

  return (
    <>
      {shows('upper') ? (
        <>
          <Section id="key-metrics" title={strings.keyMetrics}>
            <Cards label={strings.keyMetrics} cards={keyCards} loading={loading} error={error} className="kpi-grid-quad" />
            {clvNeedsCosts ? <p className="footnote">{strings.clvNeedsCosts}</p> : null}
          </Section>
          <Section id="revenue" title={strings.revenue}>
            <div className="chart-grid">
              <MetricTrend data={rows} y={mrrOf} label={metricShortName(getMetric('mrr'))[language]} variant="area" loading={loading} error={error} className="span-2" />
              <MrrMovementsChart
                data={rows}
                unfinishedMonth={unfinished}
                loading={loading}
                error={error}
                onSelect={
                  onDrill
                    ? ({ month, figure }) => onDrill({ figure: figure ?? largestMovement(rows.find((row) => row.month === month)), month })
                    : undefined
                }
              />
              <MrrWaterfall data={rows} from={period?.from} to={period?.to} loading={loading} error={error} onSelect={onDrill} />
            </div>
          </Section>
        </>
      ) : null}
      {shows('retention') ? (
        <Section id="retention" title={strings.retention}>
          <CohortChart data={report?.cohorts ?? []} unfinishedMonth={unfinished} loading={loading} error={error} onSelect={onDrill} />
        </Section>
      ) : null}
      {shows('pipeline') ? (
        <Section id="pipeline" title={strings.pipeline}>
          <Cards label={strings.pipeline} cards={salesCards} loading={loading} error={error} />
          <FunnelChart data={report?.funnel ?? []} loading={loading} error={error} />
        </Section>
      ) : null}
      {/* The sales board: every figure is the RevOps report's, as of the end of the period. */}
      {shows('sales') ? (
        <Section id="sales" title={strings.sales}>
          <div className="chart-grid">
            <PipelineChart
              data={salesForecast?.pipelineByStage ?? []}
              asOf={revOps?.to ?? period?.to ?? ''}
              openPipeline={salesForecast?.openPipeline}
              weightedPipeline={salesForecast?.weightedPipeline}
              loading={loading}
              error={error}
            />
            <ForecastChart data={salesForecast?.bookingsByMonth ?? []} backtestError={salesForecast?.backtestError} loading={loading} error={error} />
            <ForecastChart
              data={finance?.mrrForecastByMonth ?? []}
              measure="mrr"
              forecasts={MRR_FORECASTS}
              backtestError={{ trend: finance?.forecastAccuracy }}
              loading={loading}
              error={error}
            />
            <RepLeaderboard data={revOps?.sales?.owners ?? []} loading={loading} error={error} />
          </div>
        </Section>
      ) : null}
      {shows('satisfaction') ? (
        <Section id="satisfaction" title={strings.satisfaction}>
          <Cards label={strings.satisfaction} cards={satisfactionCards} loading={loading} error={error} />
          {satisfaction ? (
            <p className="footnote">
              CSAT: {strings.responses(formatters.count(satisfaction.csatResponses))} · NPS: {strings.responses(formatters.count(satisfaction.npsResponses))} · CES:{' '}
              {strings.responses(formatters.count(satisfaction.cesResponses))}
            </p>
          ) : null}
        </Section>
      ) : null}
    </>
  );
});
