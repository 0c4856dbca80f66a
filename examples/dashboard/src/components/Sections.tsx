import type { MrrRow, Report } from '@revkit/core';
import {
  CohortChart,
  FunnelChart,
  KpiCard,
  KpiGrid,
  MetricTrend,
  MrrMovementsChart,
  MrrWaterfall,
  useRevkit,
  type KpiCardProps,
} from '@revkit/react';
import type { ReactNode } from 'react';
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
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dashboard-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

type CardSpec = Omit<KpiCardProps, 'loading' | 'error'> & { key: string };

function Cards({ label, cards, loading, error }: { label: string; cards: CardSpec[]; loading: boolean; error: string | null }) {
  return (
    <KpiGrid label={label} minCardWidth="10.5rem">
      {cards.map(({ key, ...card }) => (
        <KpiCard key={key} {...card} loading={loading} error={error} />
      ))}
    </KpiGrid>
  );
}

const mrrOf = (row: MrrRow) => row.mrr;

/**
 * The dashboard's sections. Every figure is read from the core's reports;
 * the comparison is the previous month for monthly figures and the previous
 * period of the same length for period totals.
 */
export function Sections({ strings, reports, period, error, currentMonth }: SectionsProps) {
  const { formatters } = useRevkit();
  const report: Report | null = reports?.current ?? null;
  const loading = reports === null && error === null;
  const rows = report?.mrr ?? [];
  const last = rows[rows.length - 1];
  // The month before the period's last: inside the period, or the previous period's last.
  const beforeLast = rows.length > 1 ? rows[rows.length - 2] : reports?.previous?.mrr[reports.previous.mrr.length - 1];
  const sparkline = rows.map(mrrOf);
  const vsMonth = beforeLast ? strings.vsMonth(formatters.month(beforeLast.month)) : undefined;
  const vsPeriod = period ? strings.vsPreviousMonths(period.length) : undefined;
  const sales = report?.sales;
  const previousSales = reports?.previous?.sales;
  const satisfaction = report?.satisfaction;
  const previousSatisfaction = reports?.previous?.satisfaction;

  const keyCards: CardSpec[] = [
    { key: 'mrr', label: strings.mrr, unit: 'money', value: last?.mrr, previousValue: beforeLast?.mrr, sparkline, comparisonLabel: vsMonth },
    { key: 'arr', label: strings.arr, unit: 'money', value: last?.arr, previousValue: beforeLast?.arr, comparisonLabel: vsMonth },
    { key: 'netNew', label: strings.netNewMrr, unit: 'money', value: last?.netNew, previousValue: beforeLast?.netNew, comparisonLabel: vsMonth },
    { key: 'nrr', label: strings.nrr, unit: 'ratio', value: last?.nrr, previousValue: beforeLast?.nrr, comparisonLabel: vsMonth },
    {
      key: 'churn',
      label: strings.customerChurn,
      unit: 'ratio',
      polarity: 'lower-is-better',
      value: last?.customerChurnRate,
      previousValue: beforeLast?.customerChurnRate,
      comparisonLabel: vsMonth,
    },
    { key: 'arpa', label: strings.arpa, unit: 'money', value: last?.arpa, previousValue: beforeLast?.arpa, comparisonLabel: vsMonth },
    { key: 'quickRatio', label: strings.quickRatio, unit: 'score', value: last?.quickRatio, previousValue: beforeLast?.quickRatio, comparisonLabel: vsMonth },
    { key: 'customers', label: strings.customers, unit: 'count', value: last?.customers, previousValue: beforeLast?.customers, comparisonLabel: vsMonth },
  ];

  const salesCards: CardSpec[] = [
    { key: 'winRate', label: strings.winRate, unit: 'ratio', value: sales?.winRate, previousValue: previousSales?.winRate, comparisonLabel: vsPeriod },
    {
      key: 'cycle',
      label: strings.salesCycle,
      unit: 'days',
      polarity: 'lower-is-better',
      value: sales?.averageSalesCycleDays,
      previousValue: previousSales?.averageSalesCycleDays,
      comparisonLabel: vsPeriod,
    },
    { key: 'dealSize', label: strings.dealSize, unit: 'money', value: sales?.averageDealSize, previousValue: previousSales?.averageDealSize, comparisonLabel: vsPeriod },
    {
      key: 'velocity',
      label: strings.pipelineVelocity,
      unit: 'money',
      value: sales?.pipelineVelocity,
      previousValue: previousSales?.pipelineVelocity,
      comparisonLabel: vsPeriod,
    },
    // Open pipeline is today's snapshot (every open deal, whatever its dates): no earlier period to compare with.
    { key: 'openPipeline', label: strings.openPipeline, unit: 'money', value: sales?.openPipeline },
  ];

  const satisfactionCards: CardSpec[] = [
    { key: 'csat', label: strings.csat, unit: 'ratio', value: satisfaction?.csat, previousValue: previousSatisfaction?.csat, comparisonLabel: vsPeriod },
    { key: 'nps', label: strings.nps, unit: 'score', value: satisfaction?.nps, previousValue: previousSatisfaction?.nps, comparisonLabel: vsPeriod },
    {
      key: 'ces',
      label: strings.ces,
      unit: 'score',
      polarity: 'lower-is-better',
      value: satisfaction?.ces,
      previousValue: previousSatisfaction?.ces,
      comparisonLabel: vsPeriod,
    },
  ];

  const unfinished = period && currentMonth >= period.from && currentMonth <= period.to ? currentMonth : undefined;

  return (
    <>
      <Section id="key-metrics" title={strings.keyMetrics}>
        <Cards label={strings.keyMetrics} cards={keyCards} loading={loading} error={error} />
      </Section>
      <Section id="revenue" title={strings.revenue}>
        <div className="chart-grid">
          <MetricTrend data={rows} y={mrrOf} label={strings.mrr} variant="area" loading={loading} error={error} className="span-2" />
          <MrrMovementsChart data={rows} unfinishedMonth={unfinished} loading={loading} error={error} />
          <MrrWaterfall data={rows} from={period?.from} to={period?.to} loading={loading} error={error} />
        </div>
      </Section>
      <Section id="retention" title={strings.retention}>
        <CohortChart data={report?.cohorts ?? []} unfinishedMonth={unfinished} loading={loading} error={error} />
      </Section>
      <Section id="pipeline" title={strings.pipeline}>
        <Cards label={strings.pipeline} cards={salesCards} loading={loading} error={error} />
        <FunnelChart data={report?.funnel ?? []} loading={loading} error={error} />
      </Section>
      <Section id="satisfaction" title={strings.satisfaction}>
        <Cards label={strings.satisfaction} cards={satisfactionCards} loading={loading} error={error} />
        {satisfaction ? (
          <p className="footnote">
            {strings.csat}: {strings.responses(formatters.count(satisfaction.csatResponses))} · {strings.nps}:{' '}
            {strings.responses(formatters.count(satisfaction.npsResponses))} · CES: {strings.responses(formatters.count(satisfaction.cesResponses))}
          </p>
        ) : null}
      </Section>
    </>
  );
}
