// The messages between the dashboard and its data worker. The worker keeps
// the validated dataset; the page only ever holds its summary and reports.
import type { BreakdownSelection, CustomerBreakdown } from '@revkit/core';
import type { LocaleName } from '../i18n/strings.js';
import type { LoadPhase, Period, PeriodReports, RejectedFile } from './dataset.js';
import type { CsvChoice } from './importFile.js';

/** What the page knows of the dataset the worker holds. */
export interface DatasetSummary {
  /** The file it came from; `null` for the bundled sample. */
  name: string | null;
  currency: string;
  /** Every month the data covers, oldest first (`YYYY-MM`). */
  months: string[];
  /** The last N months of the data for each period preset (the core's `lastMonthsRange`). */
  lastMonths: Record<number, { from: string; to: string } | null>;
}

/** A period's reports, or why the core refused the period. */
export type PeriodView = { period: Period; reports: PeriodReports; error: null } | { period: Period; reports: null; error: string };

/** Where a load starts from. */
export type LoadSource =
  /** The bundled sample, generated from its seed. */
  | { kind: 'sample' }
  /** A file the user chose or dropped: read, decoded and sorted in the worker. */
  | { kind: 'file'; file: File };

export type WorkerRequest =
  | { type: 'load'; source: LoadSource; locale: LocaleName; from: string | null; to: string | null }
  /** Imports the CSV this worker holds with a column mapping. */
  | { type: 'importCsv'; choice: CsvChoice; locale: LocaleName; from: string | null; to: string | null }
  | { type: 'report'; id: number; from: string | null; to: string | null }
  | { type: 'breakdown'; id: number; selection: BreakdownSelection; from: string; to: string };

/** How far a load is: bytes read, then the phases of the core. */
export type LoadProgress = { phase: 'read'; loaded: number; total: number } | { phase: LoadPhase };

export type WorkerResponse =
  | { type: 'progress'; progress: LoadProgress }
  /** An accepted dataset and its view's reports; `from`/`to` are the view's, without months the data does not cover. */
  | { type: 'loaded'; dataset: DatasetSummary; view: PeriodView; from: string | null; to: string | null }
  | { type: 'rejected'; rejected: RejectedFile }
  /** A CSV waits for its column mapping (the worker keeps its text). */
  | { type: 'csv'; name: string; header: string[]; rows: string[][] }
  | { type: 'report'; id: number; view: PeriodView }
  | { type: 'breakdown'; id: number; breakdown: CustomerBreakdown | null; error: string | null };
