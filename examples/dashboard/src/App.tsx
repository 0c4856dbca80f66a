import { formatMonth, monthOfInstant, type BreakdownSelection, type CustomerBreakdown } from '@revkit/core';
import { RevkitProvider } from '@revkit/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Controls } from './components/Controls.js';
import { DataSource } from './components/DataSource.js';
import { ReportBoundary } from './components/ReportBoundary.js';
import { KeyMetrics } from './components/KeyMetrics.js';
import { LATE_SECTIONS, LATE_STAGES, PendingSection } from './components/Section.js';
import type { Period, PeriodReports } from './data/dataset.js';
import type { DatasetSummary } from './data/protocol.js';
import { useDatasetWorker } from './data/useDatasetWorker.js';
import { useFileDrop } from './data/useFileDrop.js';
import { importStringsFor } from './i18n/importStrings.js';
import { stringsFor } from './i18n/strings.js';
import { useCodeAfterPaint } from './state/useCodeAfterPaint.js';
import { useStaged } from './state/useStaged.js';
import { useSystemTheme, useViewState } from './state/viewState.js';

/** The period of a view whose two ends are months of the data, in order; `null` when the data must resolve it. */
function chosenPeriod(months: readonly string[], from: string | null, to: string | null): Period | null {
  if (from === null || to === null || from > to) return null;
  const first = months.indexOf(from);
  const last = months.indexOf(to);
  return first === -1 || last === -1 ? null : { from, to, length: last - first + 1 };
}

// Code the first screen does not draw is fetched when it is needed: the CSV mapping and the
// drill-down panel when the user asks for them, the charts' sections once the key metrics are painted.
const CsvMapping = lazy(() => import('./components/CsvMapping.js').then((module) => ({ default: module.CsvMapping })));
const DrillPanel = lazy(() => import('./components/DrillPanel.js').then((module) => ({ default: module.DrillPanel })));
const loadLateSections = () => import('./components/LateSections.js');

/** The figures a part of the page shows: the reports and their period. */
interface ShownFigures {
  reports: PeriodReports | null;
  period: Period | null;
}
const NOTHING_SHOWN: ShownFigures = { reports: null, period: null };

/** How long the first paint waits for the sample's figures before drawing the loading skeleton. */
const SKELETON_DELAY_MS = 1500;

/** The month in progress, by the core's own month of an instant (UTC). */
function currentMonth(): string {
  return formatMonth(monthOfInstant(Date.now()));
}

export function App() {
  const [view, updateView] = useViewState();
  const systemTheme = useSystemTheme();
  const theme = view.theme ?? systemTheme;
  const strings = stringsFor(view.locale);

  // The page itself follows the theme and language, not just the kit's components.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = view.locale;
    document.title = `revkit · ${strings.appTitle}`;
  }, [view.locale, strings.appTitle]);

  // Every figure comes from the data worker: the page never parses, validates or reports itself.
  const onLoaded = useCallback(
    (loaded: DatasetSummary, range: { from: string | null; to: string | null }) => {
      // A new file has its own months: a period it does not cover falls back to the default.
      if (loaded.name !== null) updateView(range);
    },
    [updateView],
  );
  const data = useDatasetWorker(view.locale, view.from, view.to, onLoaded);
  const { dataset, rejected, fatal, loading, pendingCsv, loadFile, breakdown } = data;
  const period = data.view?.period ?? null;
  const reports = data.view?.reports ?? null;
  const reportError = data.view?.error ?? null;
  // Until the worker answers, the controls show the period asked for when both its ends are chosen
  // (nothing to resolve against the data), and the sections say they are updating.
  const askedPeriod = dataset ? chosenPeriod(dataset.months, view.from, view.to) : null;
  const controlsPeriod = askedPeriod ?? period;
  const sectionError = reportError ? `${strings.reportFailed}: ${reportError}` : fatal;
  // The charts' sections: their code arrives once the key metrics are painted, then they
  // follow one stage per task, so no single task draws (and lays out) the whole dashboard.
  const lateCode = useCodeAfterPaint(reports !== null || sectionError !== null, loadLateSections);
  const LateSection = lateCode.code?.LateSection ?? null;
  const shown = useMemo<ShownFigures>(() => ({ reports, period }), [reports, period]);
  const late = useStaged(LateSection ? shown : NOTHING_SHOWN, LATE_STAGES.length, NOTHING_SHOWN);
  const stage = (name: (typeof LATE_STAGES)[number]) => late[LATE_STAGES.indexOf(name)] ?? NOTHING_SHOWN;
  const month = currentMonth();
  const updating =
    (LateSection === null && !lateCode.failed) ||
    late.some((staged) => staged !== shown) ||
    (period !== null && controlsPeriod !== null && (controlsPeriod.from !== period.from || controlsPeriod.to !== period.to));
  const dragging = useFileDrop(loadFile);
  // The first paint waits briefly for the sample's figures, so the page is drawn once rather than
  // as a skeleton and then again; a slower load shows the skeleton (same layout) after SKELETON_DELAY_MS.
  const [skeleton, setSkeleton] = useState(false);
  const waiting = data.view === null && fatal === null;
  useEffect(() => {
    // Once the figures are in, no timer fires to draw the whole page again for nothing.
    if (!waiting) return undefined;
    const timer = setTimeout(() => setSkeleton(true), SKELETON_DELAY_MS);
    return () => clearTimeout(timer);
  }, [waiting]);

  // Drill-down: the figure chosen in a chart, and where focus goes back when the panel closes.
  const [drill, setDrill] = useState<BreakdownSelection | null>(null);
  const [drilled, setDrilled] = useState<{ selection: BreakdownSelection; breakdown: CustomerBreakdown | null; error: string | null } | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const openDrill = useCallback((selection: BreakdownSelection) => {
    if (document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement) {
      returnFocus.current = document.activeElement as HTMLElement;
    }
    setDrilled(null);
    setDrill(selection);
  }, []);
  const closeDrill = useCallback(() => {
    setDrill(null);
    setDrilled(null);
    returnFocus.current?.focus();
  }, []);
  // Another dataset has other customers: its panel closes.
  useEffect(() => {
    setDrill(null);
    setDrilled(null);
  }, [dataset]);
  // The customers behind the chosen figure, listed by the worker holding the data.
  useEffect(() => {
    if (!drill || !period) return undefined;
    return breakdown(drill, { from: period.from, to: period.to }, (result) => setDrilled({ selection: drill, ...result }));
  }, [drill, period, breakdown]);

  if (!skeleton && waiting) return null;

  return (
    <RevkitProvider locale={view.locale} currency={dataset?.currency ?? 'USD'} theme={theme}>
      <div className="app" data-dragging={dragging || undefined}>
        <a className="skip-link" href="#dashboard">
          {strings.skipToContent}
        </a>
        <header className="app-header">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◆
            </span>
            <div>
              <h1>{strings.appTitle}</h1>
              <p className="tagline">{strings.tagline}</p>
            </div>
          </div>
          <Controls
            strings={strings}
            months={dataset?.months ?? []}
            lastMonths={(length) => dataset?.lastMonths[length] ?? null}
            period={controlsPeriod}
            view={view}
            theme={theme}
            onChange={updateView}
          />
        </header>
        <main id="dashboard" tabIndex={-1} aria-busy={updating || undefined}>
          <DataSource strings={strings} dataset={dataset} loading={loading} rejected={rejected} onFile={loadFile} onCancel={data.cancel} onDismiss={data.dismiss} />
          {pendingCsv ? (
            <Suspense fallback={null}>
              <CsvMapping
                key={`${pendingCsv.name}:${pendingCsv.header.join(',')}`}
                strings={importStringsFor(view.locale)}
                name={pendingCsv.name}
                header={pendingCsv.header}
                rows={pendingCsv.rows}
                currency={dataset?.currency ?? 'USD'}
                onImport={data.importCsv}
                onCancel={data.cancel}
              />
            </Suspense>
          ) : null}
          {fatal ? (
            <p className="problems" role="alert">
              {fatal}
            </p>
          ) : null}
          <ReportBoundary message={strings.reportCrashed} resetKey={reports}>
            <KeyMetrics strings={strings} reports={reports} period={period} error={sectionError} currentMonth={month} />
            {LATE_SECTIONS.map((name) => {
              const staged = stage(name);
              // Until its code and its figures are in, a section stays as it was painted: its heading and
              // "Loading…", rather than every chart's loading state drawn (and laid out) for a moment.
              if (LateSection === null || (staged === NOTHING_SHOWN && sectionError === null)) {
                return <PendingSection key={name} name={name} strings={strings} problem={lateCode.failed ? strings.reportCrashed : null} />;
              }
              return (
                <LateSection
                  key={name}
                  name={name}
                  strings={strings}
                  reports={staged.reports}
                  period={staged.period}
                  laterReports={name === 'sales' ? stage('sales-forecasts').reports : undefined}
                  error={sectionError}
                  currentMonth={month}
                  onDrill={openDrill}
                />
              );
            })}
          </ReportBoundary>
          {drill ? (
            <Suspense fallback={null}>
              <DrillPanel
                strings={strings}
                selection={drill}
                breakdown={drilled?.breakdown ?? null}
                error={drilled?.error ?? null}
                loading={drilled?.selection !== drill}
                onSelectionChange={setDrill}
                onClose={closeDrill}
              />
            </Suspense>
          ) : null}
        </main>
        <footer className="app-footer">
          <p>{strings.footer}</p>
        </footer>
        {dragging ? (
          <div className="drop-overlay" aria-hidden="true">
            <p>{strings.dropOverlay}</p>
          </div>
        ) : null}
      </div>
    </RevkitProvider>
  );
}
