import type { BreakdownSelection, CustomerBreakdown } from '@revkit/core';
import { summarizeIssues } from '@revkit/core';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { LocaleName } from '../i18n/strings.js';
import type { RejectedFile } from './dataset.js';
import type { CsvChoice } from './importFile.js';
import type { DatasetSummary, LoadProgress, LoadSource, PeriodView, WorkerRequest, WorkerResponse } from './protocol.js';

/** A CSV waiting for its column mapping (its text stays in the worker). */
export interface PendingCsv {
  name: string;
  header: string[];
  rows: string[][];
}

/** A load in progress: which file (`null` for the sample) and how far it is. */
export interface LoadingState {
  name: string | null;
  progress: LoadProgress | null;
}

/** What the page shows of the data: everything heavy stays in the worker. */
export interface DataState {
  dataset: DatasetSummary | null;
  /** The reports of the view's period; `null` until the first arrive. */
  view: PeriodView | null;
  loading: LoadingState | null;
  rejected: RejectedFile | null;
  /** The bundled sample could not be loaded (nothing else to show). */
  fatal: string | null;
  pendingCsv: PendingCsv | null;
}

function startWorker(): Worker {
  return new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module', name: 'revkit-data' });
}

const viewKey = (from: string | null, to: string | null) => `${from ?? ''}|${to ?? ''}`;

function send(worker: Worker, request: WorkerRequest): void {
  worker.postMessage(request);
}

/**
 * Runs the dashboard's data in Web Workers: the sample on mount, then each
 * chosen file in a worker of its own that replaces the shown data's worker
 * only once the file is accepted (a refused or cancelled file leaves the
 * dashboard as it was). The view's period is reported by the worker holding
 * the data, whenever `from`/`to` change.
 *
 * @param onLoaded called with each accepted dataset and the view it was reported for (a period the data does not cover is dropped)
 */
export function useDatasetWorker(
  locale: LocaleName,
  from: string | null,
  to: string | null,
  onLoaded: (dataset: DatasetSummary, view: { from: string | null; to: string | null }) => void,
) {
  const [state, setState] = useState<DataState>({ dataset: null, view: null, loading: { name: null, progress: null }, rejected: null, fatal: null, pendingCsv: null });
  /** The worker holding the shown dataset. */
  const current = useRef<Worker | null>(null);
  /** The worker loading a file, or holding a CSV waiting for its mapping. */
  const loading = useRef<Worker | null>(null);
  /** Whether the loading worker holds a CSV waiting for its mapping. */
  const csvPending = useRef(false);
  const reportId = useRef(0);
  const breakdownId = useRef(0);
  /** The dataset and period last asked for (or given with the dataset), so each is reported once. */
  const requested = useRef<{ dataset: DatasetSummary | null; key: string }>({ dataset: null, key: '' });
  const breakdowns = useRef(new Map<number, (result: { breakdown: CustomerBreakdown | null; error: string | null }) => void>());
  const latest = useRef({ locale, from, to, onLoaded });
  latest.current = { locale, from, to, onLoaded };

  const update = useCallback((change: Partial<DataState>) => setState((previous) => ({ ...previous, ...change })), []);

  /** Listens to the shown data's worker: reports and breakdowns. */
  const listen = useCallback(
    (worker: Worker) => {
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const message = event.data;
        if (message.type === 'report' && message.id === reportId.current) {
          // A big report draws in slices, so the page stays responsive meanwhile.
          startTransition(() => update({ view: message.view }));
        } else if (message.type === 'breakdown') {
          breakdowns.current.get(message.id)?.(message);
          breakdowns.current.delete(message.id);
        }
      };
    },
    [update],
  );

  const stopLoading = useCallback(() => {
    loading.current?.terminate();
    loading.current = null;
  }, []);

  /** Starts a load (or a CSV import) in its own worker. */
  const begin = useCallback(
    (worker: Worker, name: string | null, request: WorkerRequest) => {
      if (worker !== loading.current) stopLoading();
      loading.current = worker;
      const sample = name === null;
      update({ loading: { name, progress: null } });
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        if (worker !== loading.current) return;
        const message = event.data;
        switch (message.type) {
          case 'progress':
            update({ loading: { name, progress: message.progress } });
            return;
          case 'loaded':
            current.current?.terminate();
            current.current = worker;
            loading.current = null;
            csvPending.current = false;
            listen(worker);
            reportId.current += 1;
            breakdowns.current.clear();
            requested.current = { dataset: message.dataset, key: viewKey(message.from, message.to) };
            // One transition for the data and the view's URL: the page redraws in slices, once.
            startTransition(() => {
              update({ dataset: message.dataset, view: message.view, loading: null, rejected: null, pendingCsv: null });
              latest.current.onLoaded(message.dataset, { from: message.from, to: message.to });
            });
            return;
          case 'csv':
            // The worker keeps the CSV until it is imported or cancelled.
            csvPending.current = true;
            update({ pendingCsv: { name: message.name, header: message.header, rows: message.rows }, loading: null, rejected: null });
            return;
          case 'rejected':
            if (sample) {
              update({ fatal: summarizeIssues(message.rejected.issues).join('\n'), loading: null });
              stopLoading();
            } else {
              update({ rejected: message.rejected, loading: null });
              // A CSV keeps its worker: a corrected mapping can be imported again.
              if (!csvPending.current) stopLoading();
            }
            return;
          default:
            return;
        }
      };
      worker.onerror = (event) => {
        if (worker !== loading.current) return;
        event.preventDefault();
        stopLoading();
        const message = event.message || 'the data worker failed';
        if (sample) update({ fatal: message, loading: null });
        else update({ rejected: { name: name ?? '', issues: [{ path: '$', message }] }, loading: null });
      };
      send(worker, request);
    },
    [listen, stopLoading, update],
  );

  const load = useCallback(
    (source: LoadSource) => {
      const { locale: currentLocale, from: viewFrom, to: viewTo } = latest.current;
      begin(startWorker(), source.kind === 'file' ? source.file.name : null, { type: 'load', source, locale: currentLocale, from: viewFrom, to: viewTo });
    },
    [begin],
  );

  // The sample, generated from its seed in a worker; every worker ends with the page.
  useEffect(() => {
    load({ kind: 'sample' });
    const breakdownCallbacks = breakdowns.current;
    return () => {
      stopLoading();
      current.current?.terminate();
      current.current = null;
      breakdownCallbacks.clear();
    };
  }, [load, stopLoading]);

  // The view's period, asked of the worker holding the data (which keeps it validated).
  const { dataset } = state;
  useEffect(() => {
    const worker = current.current;
    if (!dataset || !worker) return;
    if (requested.current.dataset === dataset && requested.current.key === viewKey(from, to)) return;
    requested.current = { dataset, key: viewKey(from, to) };
    reportId.current += 1;
    send(worker, { type: 'report', id: reportId.current, from, to });
  }, [dataset, from, to]);

  const loadFile = useCallback((file: File) => load({ kind: 'file', file }), [load]);

  const importCsv = useCallback(
    (choice: CsvChoice) => {
      const worker = loading.current;
      const pending = state.pendingCsv;
      if (!worker || !pending) return;
      const { locale: currentLocale, from: viewFrom, to: viewTo } = latest.current;
      begin(worker, pending.name, { type: 'importCsv', choice, locale: currentLocale, from: viewFrom, to: viewTo });
    },
    [begin, state.pendingCsv],
  );

  /** Stops the file being loaded (or the CSV waiting for its mapping); the shown data stays. */
  const cancel = useCallback(() => {
    stopLoading();
    csvPending.current = false;
    update({ loading: null, pendingCsv: null });
  }, [stopLoading, update]);

  const dismiss = useCallback(() => update({ rejected: null }), [update]);

  /** The customers behind a figure, from the worker holding the data. */
  const breakdown = useCallback((selection: BreakdownSelection, range: { from: string; to: string }, reply: (result: { breakdown: CustomerBreakdown | null; error: string | null }) => void) => {
    const worker = current.current;
    if (!worker) return () => {};
    breakdownId.current += 1;
    const id = breakdownId.current;
    breakdowns.current.set(id, reply);
    send(worker, { type: 'breakdown', id, selection, from: range.from, to: range.to });
    return () => breakdowns.current.delete(id);
  }, []);

  return { ...state, loadFile, importCsv, cancel, dismiss, breakdown };
}
