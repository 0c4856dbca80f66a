import type { BreakdownSelection, MetricDefinition, Report } from '@revkit/core';
import { KpiCard, KpiGrid, useRevkit } from '@revkit/react';
import type { ReactNode } from 'react';
import type { Period, PeriodReports } from '../data/dataset.js';
import type { AppStrings } from '../i18n/strings.js';

/** What every part of the dashboard's sections is drawn from. */
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
  onDrill?: ((selection: BreakdownSelection) => void) | undefined;
}

/**
 * The sections after the key metrics, in page order: the charts. Their code
 * is a chunk of its own, fetched once the key metrics are painted, and each
 * is drawn in a task of its own. (On a phone the key metrics fill the first
 * screen; on a wide screen the revenue charts follow them a moment later.)
 */
export const LATE_SECTIONS = ['revenue', 'retention', 'pipeline', 'sales', 'satisfaction'] as const;
export type LateSectionName = (typeof LATE_SECTIONS)[number];

/**
 * The tasks the late sections are drawn in, in order: one per section, and the sales board's
 * four charts in two (`'sales-forecasts'`: its forecasts and leaderboard), so no task draws and
 * lays out four charts.
 */
export const LATE_STAGES = ['revenue', 'retention', 'pipeline', 'sales', 'sales-forecasts', 'satisfaction'] as const;

/**
 * A section of the dashboard. `pending`: its figures (or its code) have not arrived yet, and it keeps
 * about its drawn height meanwhile, so what follows it on screen stays put when they do.
 */
export function Section({ id, title, pending = false, children }: { id: string; title: string; pending?: boolean; children: ReactNode }) {
  return (
    <section className="dashboard-section" aria-labelledby={`${id}-heading`} id={id} data-pending={pending || undefined}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** A late section whose code has not arrived yet: its heading, and the kit's loading (or error) words. */
export function PendingSection({ name, strings, problem }: { name: LateSectionName; strings: AppStrings; problem: string | null }) {
  const { messages } = useRevkit();
  return (
    <Section id={name} title={strings[name]} pending={problem === null}>
      {problem === null ? (
        <p className="section-pending" role="status">
          {messages.loading}
        </p>
      ) : (
        <p className="problems" role="alert">
          {problem}
        </p>
      )}
    </Section>
  );
}

/** A card: the catalog entry of the metric it shows (its name, unit, polarity and formula), and its figures. */
export interface CardSpec {
  metric: MetricDefinition;
  /** Only where the title says more than the catalog's name (a snapshot's date). */
  label?: string;
  value: number | null | undefined;
  previousValue?: number | null | undefined;
  comparisonLabel?: string | undefined;
  sparkline?: readonly number[];
}

export function Cards({ label, cards, loading, error, className }: { label: string; cards: CardSpec[]; loading: boolean; error: string | null; className?: string }) {
  return (
    <KpiGrid label={label} minCardWidth="10.5rem" className={className}>
      {cards.map((card) => (
        // Name, unit, polarity and formula come from the core's catalog, the one source of definitions.
        <KpiCard key={card.metric.id} {...card} loading={loading} error={error} />
      ))}
    </KpiGrid>
  );
}

/** The reports a part of the page reads, and what its figures are compared with. */
export interface SectionFigures {
  report: Report | null;
  previousReport: Report | null;
  /** Nothing to show yet, and no problem to say instead. */
  loading: boolean;
  /** A period figure's comparison: the previous period of the same length. */
  vsPeriod: string | undefined;
  /** The month in progress when the period covers it, drawn as unfinished. */
  unfinished: string | undefined;
}

/** What the key metrics and the late sections share: the reports, the loading state and the period comparison. */
export function sectionFigures({ strings, reports, period, error, currentMonth }: SectionsProps): SectionFigures {
  return {
    report: reports?.current.report ?? null,
    previousReport: reports?.previous?.report ?? null,
    loading: reports === null && error === null,
    vsPeriod: period ? strings.vsPreviousMonths(period.length) : undefined,
    unfinished: period && currentMonth >= period.from && currentMonth <= period.to ? currentMonth : undefined,
  };
}
