// The sections after the key metrics (the charts): a chunk of its own, fetched
// once the key metrics are painted, so the first paint waits only on the code
// it draws.
import { getMetric, metricShortName, MRR_MOVEMENTS, type MrrMovement, type MrrRow } from '@revkit/core';
import { CohortChart, ForecastChart, FunnelChart, MetricTrend, MrrMovementsChart, MrrWaterfall, PipelineChart, RepLeaderboard, useRevkit } from '@revkit/react';
import { memo } from 'react';
import type { PeriodReports } from '../data/dataset.js';
import { Cards, Section, sectionFigures, type CardSpec, type LateSectionName, type SectionsProps } from './Section.js';

/** A whole month chosen by keyboard: its largest movement first (the panel switches to the others). */
function largestMovement(row: MrrRow | undefined): MrrMovement {
  let largest: MrrMovement = 'new';
  for (const key of MRR_MOVEMENTS) if (row && Math.abs(row[key]) > Math.abs(row[largest])) largest = key;
  return largest;
}

const mrrOf = (row: MrrRow) => row.mrr;

/** MRR has one forecast, the trend-and-seasonality projection; its error is `finance.forecastAccuracy`. */
const MRR_FORECASTS = [{ key: 'trend' }] as const;

export interface LateSectionProps extends SectionsProps {
  /** Which section: each is committed in a task of its own. */
  name: LateSectionName;
  /**
   * The sales board's second task: the reports its MRR forecast and leaderboard are drawn from
   * (`null` until that task, when they show their loading state).
   */
  laterReports?: PeriodReports | null | undefined;
}

/**
 * One section after the key metrics. Every figure is read from the core's
 * reports; period figures are compared with the previous period of the same
 * length.
 */
// Memoized: progress, the controls and the panels re-render the page often, never the charts for nothing.
export const LateSection = memo(function LateSection(props: LateSectionProps) {
  const { name, strings, reports, period, error, onDrill, laterReports } = props;
  const { formatters, language } = useRevkit();
  const { report, previousReport, loading, vsPeriod, unfinished } = sectionFigures(props);
  const revOps = reports?.current.revOps;

  switch (name) {
    case 'revenue': {
      const rows = report?.mrr ?? [];
      return (
        <Section id="revenue" title={strings.revenue} pending={loading}>
          <div className="chart-grid">
            <MetricTrend data={rows} y={mrrOf} label={metricShortName(getMetric('mrr'))[language]} variant="area" loading={loading} error={error} className="span-2" />
            <MrrMovementsChart
              data={rows}
              bridge={report?.mrrBridge}
              unfinishedMonth={unfinished}
              loading={loading}
              error={error}
              onSelect={
                onDrill ? ({ month, figure }) => onDrill({ figure: figure ?? largestMovement(rows.find((row) => row.month === month)), month }) : undefined
              }
            />
            {/* The report's own bridge over the period: exact to the cent, no rounding step. */}
            <MrrWaterfall data={rows} bridge={report?.mrrBridge} from={period?.from} to={period?.to} loading={loading} error={error} onSelect={onDrill} />
          </div>
        </Section>
      );
    }
    case 'retention':
      return (
        <Section id="retention" title={strings.retention} pending={loading}>
          <CohortChart data={report?.cohorts ?? []} unfinishedMonth={unfinished} loading={loading} error={error} onSelect={onDrill} />
        </Section>
      );
    case 'pipeline': {
      const sales = report?.sales;
      const previousSales = previousReport?.sales;
      const salesCards: CardSpec[] = [
        { metric: getMetric('winRate'), value: sales?.winRate, previousValue: previousSales?.winRate, comparisonLabel: vsPeriod },
        { metric: getMetric('averageSalesCycleDays'), value: sales?.averageSalesCycleDays, previousValue: previousSales?.averageSalesCycleDays, comparisonLabel: vsPeriod },
        { metric: getMetric('averageDealSize'), value: sales?.averageDealSize, previousValue: previousSales?.averageDealSize, comparisonLabel: vsPeriod },
        { metric: getMetric('pipelineVelocity'), value: sales?.pipelineVelocity, previousValue: previousSales?.pipelineVelocity, comparisonLabel: vsPeriod },
        // A snapshot at the end of the period (point in time), compared with the one at the end of the previous period.
        {
          metric: getMetric('openPipeline'),
          label: strings.openPipelineAsOf(report ? formatters.month(report.to) : null),
          value: sales?.openPipeline,
          previousValue: previousSales?.openPipeline,
          comparisonLabel: previousReport ? strings.vsMonth(formatters.month(previousReport.to)) : undefined,
        },
      ];
      return (
        <Section id="pipeline" title={strings.pipeline} pending={loading}>
          <Cards label={strings.pipeline} cards={salesCards} loading={loading} error={error} />
          <FunnelChart data={report?.funnel ?? []} loading={loading} error={error} />
        </Section>
      );
    }
    case 'sales': {
      // The sales board: every figure is the RevOps report's, as of the end of the period.
      // The pipeline and the bookings forecast are drawn in this task; the MRR forecast and the
      // leaderboard in the next (`laterReports`).
      const salesForecast = revOps?.sales?.forecast ?? null;
      const laterRevOps = laterReports === undefined ? revOps : laterReports?.current.revOps;
      const laterLoading = laterRevOps === undefined && error === null;
      const finance = laterRevOps?.finance;
      return (
        <Section id="sales" title={strings.sales} pending={loading}>
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
              loading={laterLoading}
              error={error}
            />
            <RepLeaderboard data={laterRevOps?.sales?.owners ?? []} loading={laterLoading} error={error} />
          </div>
        </Section>
      );
    }
    case 'satisfaction': {
      const satisfaction = report?.satisfaction;
      const previousSatisfaction = previousReport?.satisfaction;
      const satisfactionCards: CardSpec[] = [
        { metric: getMetric('csat'), value: satisfaction?.csat, previousValue: previousSatisfaction?.csat, comparisonLabel: vsPeriod },
        { metric: getMetric('nps'), value: satisfaction?.nps, previousValue: previousSatisfaction?.nps, comparisonLabel: vsPeriod },
        { metric: getMetric('ces'), value: satisfaction?.ces, previousValue: previousSatisfaction?.ces, comparisonLabel: vsPeriod },
      ];
      return (
        <Section id="satisfaction" title={strings.satisfaction} pending={loading}>
          <Cards label={strings.satisfaction} cards={satisfactionCards} loading={loading} error={error} />
          {satisfaction ? (
            <p className="footnote">
              CSAT: {strings.responses(formatters.count(satisfaction.csatResponses))} · NPS: {strings.responses(formatters.count(satisfaction.npsResponses))} · CES:{' '}
              {strings.responses(formatters.count(satisfaction.cesResponses))}
            </p>
          ) : null}
        </Section>
      );
    }
  }
});
