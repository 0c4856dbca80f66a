/// <reference lib="webworker" />
// The dashboard's data worker: reads, decodes, parses and validates a
// dataset, keeps the validated data, and builds every report and drill-down
// the page asks for, so the page's main thread never waits on the core.
// One worker holds one dataset; a new load runs in a new worker, which
// replaces the old one only once its data is accepted.
import { customerBreakdownFromValid, decodeText, isRevkitValidationError, lastMonthsRange, printable, summarizeIssues } from '@revkit/core';
import { defaultDataset } from '@revkit/sample-data';
import { stringsFor, type AppStrings } from '../i18n/strings.js';
import { buildPeriodReports, loadDataset, loadDatasetValue, PERIOD_PRESETS, resolvePeriod, type LoadedDataset, type LoadResult } from './dataset.js';
import type { DatasetSummary, LoadProgress, LoadSource, PeriodView, WorkerRequest, WorkerResponse } from './protocol.js';

declare const self: DedicatedWorkerGlobalScope;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

function progress(value: LoadProgress): void {
  post({ type: 'progress', progress: value });
}

/** The validated dataset this worker holds, once a load was accepted. */
let dataset: LoadedDataset | null = null;
/** The last periods' views (most recent last), so going back to one costs nothing. */
const views = new Map<string, PeriodView>();
/** How many periods' views the worker keeps. */
const KEPT_VIEWS = 8;
/** A CSV waiting for its column mapping. */
let pendingCsv: { name: string; text: string } | null = null;

const viewKey = (from: string | null, to: string | null) => `${from ?? ''}|${to ?? ''}`;

function errorMessage(error: unknown, issues: number): string {
  if (isRevkitValidationError(error)) return summarizeIssues(error.issues, issues).join('; ');
  return printable(error instanceof Error ? error.message : String(error));
}

/** The reports of the view's period, resolved against the data; a period the core refuses comes back as its problem. */
function periodView(data: LoadedDataset, from: string | null, to: string | null): PeriodView {
  const key = viewKey(from, to);
  const kept = views.get(key);
  if (kept) {
    views.delete(key);
    views.set(key, kept);
    return kept;
  }
  const period = resolvePeriod(data, from, to);
  let view: PeriodView;
  try {
    view = { period, reports: buildPeriodReports(data, period), error: null };
  } catch (error) {
    view = { period, reports: null, error: errorMessage(error, 20) };
  }
  views.set(key, view);
  for (const oldest of views.keys()) {
    if (views.size <= KEPT_VIEWS) break;
    views.delete(oldest);
  }
  return view;
}

function summaryOf(data: LoadedDataset): DatasetSummary {
  const lastMonths: DatasetSummary['lastMonths'] = {};
  for (const length of PERIOD_PRESETS) lastMonths[length] = lastMonthsRange(data.valid, { months: length });
  return { name: data.name, currency: data.valid.currency, months: data.months, lastMonths };
}

/** Accepts a load's result: the dataset is kept and the view's period reported, or the problems go back. */
function settle(result: LoadResult, from: string | null, to: string | null): void {
  if (!result.ok) {
    post({ type: 'rejected', rejected: result.rejected });
    return;
  }
  dataset = result.dataset;
  pendingCsv = null;
  // The default period was reported while loading: keep its view.
  views.clear();
  views.set(viewKey(null, null), { period: result.period, reports: result.reports, error: null });
  // A period the new data does not cover falls back to the default.
  const covers = (month: string | null) => month !== null && dataset !== null && dataset.months.includes(month);
  const viewFrom = covers(from) ? from : null;
  const viewTo = covers(to) ? to : null;
  post({ type: 'loaded', dataset: summaryOf(result.dataset), view: periodView(result.dataset, viewFrom, viewTo), from: viewFrom, to: viewTo });
}

/** Reads a file's bytes, telling how many have arrived. */
async function readFile(file: File): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let loaded = 0;
  let told = 0;
  progress({ phase: 'read', loaded: 0, total: file.size });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew while being read: keep what fits, the parser names the cut.
    bytes.set(value.subarray(0, Math.max(0, file.size - loaded)), loaded);
    loaded += value.length;
    if (loaded - told >= file.size / 100) {
      told = loaded;
      progress({ phase: 'read', loaded: Math.min(loaded, file.size), total: file.size });
    }
  }
  progress({ phase: 'read', loaded: file.size, total: file.size });
  return bytes;
}

async function load(source: LoadSource, strings: AppStrings, from: string | null, to: string | null): Promise<void> {
  if (source.kind === 'sample') {
    progress({ phase: 'generate' });
    settle(loadDatasetValue(null, defaultDataset(), stringsFor('en-US'), (phase) => progress({ phase })), from, to);
    return;
  }
  const { file } = source;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    post({ type: 'rejected', rejected: { name: file.name, issues: [{ path: '$', message: strings.unreadable }] } });
    return;
  }
  // Bytes decoded as strict UTF-8: `file.text()` would turn invalid bytes into U+FFFD and merge ids.
  const decoded = decodeText(bytes, file.name);
  if (!decoded.ok) {
    post({ type: 'rejected', rejected: { name: file.name, issues: [decoded.issue] } });
    return;
  }
  // CSV files and Stripe exports are converted by @revkit/import before the usual loader
  // (loaded with the first file: the sample never needs it).
  const { sortFile } = await import('./importFile.js');
  const sorted = sortFile(file.name, decoded.text, file.type);
  if (sorted.kind === 'csv') {
    pendingCsv = { name: sorted.name, text: sorted.text };
    post({ type: 'csv', name: sorted.name, header: sorted.header, rows: sorted.rows });
  } else if (sorted.kind === 'rejected') {
    post({ type: 'rejected', rejected: { name: file.name, issues: sorted.issues } });
  } else {
    settle(loadDataset(file.name, sorted.text, strings, (phase) => progress({ phase })), from, to);
  }
}

async function importCsv(request: Extract<WorkerRequest, { type: 'importCsv' }>, strings: AppStrings): Promise<void> {
  if (!pendingCsv) return;
  const { name, text } = pendingCsv;
  const { convertCsv } = await import('./importFile.js');
  const converted = convertCsv(name, text, request.choice);
  if (!converted.ok) post({ type: 'rejected', rejected: { name, issues: converted.issues } });
  else settle(loadDataset(name, converted.text, strings, (phase) => progress({ phase })), request.from, request.to);
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'load':
      return load(request.source, stringsFor(request.locale), request.from, request.to);
    case 'importCsv':
      return importCsv(request, stringsFor(request.locale));
    case 'report':
      // Only ever asked of a worker holding a dataset.
      if (dataset) post({ type: 'report', id: request.id, view: periodView(dataset, request.from, request.to) });
      return;
    case 'breakdown': {
      if (!dataset) return;
      try {
        const breakdown = customerBreakdownFromValid(dataset.valid, request.selection, { from: request.from, to: request.to });
        post({ type: 'breakdown', id: request.id, breakdown, error: null });
      } catch (error) {
        post({ type: 'breakdown', id: request.id, breakdown: null, error: errorMessage(error, 5) });
      }
      return;
    }
  }
}

/** Every request's problem goes back as the file's problem; nothing is thrown into the void. */
function failed(request: WorkerRequest, error: unknown, strings: AppStrings): void {
  const message = `${strings.loadCrashed}: ${printable(error instanceof Error ? error.message : String(error))}`;
  if (request.type === 'load' || request.type === 'importCsv') {
    const name = request.type === 'load' ? (request.source.kind === 'file' ? request.source.file.name : strings.sampleDataset) : (pendingCsv?.name ?? '');
    post({ type: 'rejected', rejected: { name, issues: [{ path: '$', message }] } });
  } else if (request.type === 'breakdown') post({ type: 'breakdown', id: request.id, breakdown: null, error: message });
  else if (dataset) post({ type: 'report', id: request.id, view: { period: resolvePeriod(dataset, request.from, request.to), reports: null, error: message } });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  handle(request).catch((error: unknown) => failed(request, error, stringsFor('locale' in request ? request.locale : 'en-US')));
});
