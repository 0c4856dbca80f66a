import { customerBreakdownFromValid, decodeText, isRevkitValidationError, lastMonthsRange, printable, summarizeIssues, type BreakdownSelection } from '@revkit/core';
import { RevkitProvider } from '@revkit/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Controls } from './components/Controls.js';
import { CsvMapping } from './components/CsvMapping.js';
import { DataSource } from './components/DataSource.js';
import { DrillPanel } from './components/DrillPanel.js';
import { ReportBoundary } from './components/ReportBoundary.js';
import { Sections } from './components/Sections.js';
import { buildPeriodReports, loadDataset, resolvePeriod, type LoadedDataset, type RejectedFile } from './data/dataset.js';
import { useFileDrop } from './data/useFileDrop.js';
import { useFileImport } from './data/useFileImport.js';
import { importStringsFor } from './i18n/importStrings.js';
import sampleDatasetUrl from '@revkit/sample-data/datasets/default.json?url';
import { stringsFor } from './i18n/strings.js';
import { useSystemTheme, useViewState } from './state/viewState.js';

/** The month in progress (UTC, as the core counts months). */
function currentMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

export function App() {
  const [view, updateView] = useViewState();
  const systemTheme = useSystemTheme();
  const theme = view.theme ?? systemTheme;
  const strings = stringsFor(view.locale);
  const [dataset, setDataset] = useState<LoadedDataset | null>(null);
  const [rejected, setRejected] = useState<RejectedFile | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);

  // The page itself follows the theme and language, not just the kit's components.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = view.locale;
    document.title = `revkit · ${strings.appTitle}`;
  }, [view.locale, strings.appTitle]);

  useEffect(() => {
    const controller = new AbortController();
    fetch(sampleDatasetUrl, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.text();
      })
      .then((text) => {
        const result = loadDataset(null, text, stringsFor('en-US'));
        if (result.ok) setDataset((current) => current ?? result.dataset);
        else setFatal(summarizeIssues(result.rejected.issues).join('\n'));
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFatal(error instanceof Error ? error.message : String(error));
      });
    return () => controller.abort();
  }, []);

  const loadText = useCallback(
    (name: string, text: string): boolean => {
      const result = loadDataset(name, text, strings);
      if (!result.ok) {
        setRejected(result.rejected);
        return false;
      }
      setDataset(result.dataset);
      setRejected(null);
      // A new dataset has its own months: a period it does not cover falls back to the default.
      const months = result.dataset.months;
      updateView({
        from: view.from !== null && months.includes(view.from) ? view.from : null,
        to: view.to !== null && months.includes(view.to) ? view.to : null,
      });
      return true;
    },
    [strings, updateView, view.from, view.to],
  );
  // CSV files and Stripe exports are converted by @revkit/import before the usual loader.
  const { pendingCsv, onFileText, importCsv, cancelCsv } = useFileImport(loadText, setRejected);
  const onFile = useCallback(
    (file: File) => {
      // Bytes, decoded here as strict UTF-8: `file.text()` would turn invalid bytes into U+FFFD and merge ids.
      file.arrayBuffer().then(
        (buffer) => {
          const decoded = decodeText(new Uint8Array(buffer), file.name);
          if (!decoded.ok) {
            setRejected({ name: file.name, issues: [decoded.issue] });
            return;
          }
          try {
            onFileText(file.name, decoded.text, file.type);
          } catch (error) {
            // A failed upload always shows its problem; the dashboard keeps its data.
            const message = `${strings.loadCrashed}: ${printable(error instanceof Error ? error.message : String(error))}`;
            setRejected({ name: file.name, issues: [{ path: '$', message }] });
          }
        },
        () => setRejected({ name: file.name, issues: [{ path: '$', message: strings.unreadable }] }),
      );
    },
    [strings, onFileText],
  );
  const dragging = useFileDrop(onFile);

  // Drill-down: the figure chosen in a chart, and where focus goes back when the panel closes.
  const [drill, setDrill] = useState<BreakdownSelection | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const openDrill = useCallback((selection: BreakdownSelection) => {
    if (document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement) {
      returnFocus.current = document.activeElement as HTMLElement;
    }
    setDrill(selection);
  }, []);
  const closeDrill = useCallback(() => {
    setDrill(null);
    returnFocus.current?.focus();
  }, []);
  // Another dataset has other customers: its panel closes.
  useEffect(() => setDrill(null), [dataset]);

  const { period, reports, reportError } = useMemo(() => {
    if (!dataset) return { period: null, reports: null, reportError: null };
    const resolved = resolvePeriod(dataset, view.from, view.to);
    try {
      return { period: resolved, reports: buildPeriodReports(dataset, resolved), reportError: null };
    } catch (error) {
      // A period the core refuses is shown in place of the figures, never a blank page.
      if (isRevkitValidationError(error)) return { period: resolved, reports: null, reportError: summarizeIssues(error.issues, 20).join('; ') };
      return { period: resolved, reports: null, reportError: printable(error instanceof Error ? error.message : String(error)) };
    }
  }, [dataset, view.from, view.to]);

  const drilled = useMemo(() => {
    if (!drill || !dataset || !period) return null;
    try {
      return { breakdown: customerBreakdownFromValid(dataset.valid, drill, { from: period.from, to: period.to }), error: null };
    } catch (error) {
      const message = isRevkitValidationError(error) ? summarizeIssues(error.issues, 5).join('; ') : printable(error instanceof Error ? error.message : String(error));
      return { breakdown: null, error: message };
    }
  }, [drill, dataset, period]);

  return (
    <RevkitProvider locale={view.locale} currency={dataset?.valid.currency ?? 'USD'} theme={theme}>
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
            lastMonths={(length) => (dataset ? lastMonthsRange(dataset.valid, { months: length }) : null)}
            period={period}
            view={view}
            theme={theme}
            onChange={updateView}
          />
        </header>
        <main id="dashboard" tabIndex={-1}>
          <DataSource strings={strings} dataset={dataset} rejected={rejected} onFile={onFile} onDismiss={() => setRejected(null)} />
          {pendingCsv ? (
            <CsvMapping
              key={`${pendingCsv.name}:${pendingCsv.header.join(',')}`}
              strings={importStringsFor(view.locale)}
              name={pendingCsv.name}
              header={pendingCsv.header}
              rows={pendingCsv.rows}
              currency={dataset?.valid.currency ?? 'USD'}
              onImport={importCsv}
              onCancel={cancelCsv}
            />
          ) : null}
          {fatal ? (
            <p className="problems" role="alert">
              {fatal}
            </p>
          ) : null}
          <ReportBoundary message={strings.reportCrashed} resetKey={reports}>
            <Sections
              strings={strings}
              reports={reports}
              period={period}
              error={reportError ? `${strings.reportFailed}: ${reportError}` : fatal}
              currentMonth={currentMonth()}
              onDrill={openDrill}
            />
          </ReportBoundary>
          {drill && drilled ? (
            <DrillPanel strings={strings} selection={drill} breakdown={drilled.breakdown} error={drilled.error} onSelectionChange={setDrill} onClose={closeDrill} />
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
