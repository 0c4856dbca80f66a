import {
  buildReportFromValid,
  buildRevOpsReportFromValid,
  dataMonthRange,
  eachMonthOfRange,
  isRevkitValidationError,
  lastMonthsRange,
  parseJsonFile,
  previousRange,
  printable,
  validateDataset,
  type Report,
  type RevOpsReport,
  type ValidDataset,
  type ValidationIssue,
} from '@revkit/core';
import type { AppStrings } from '../i18n/strings.js';

/** The steps of a load after reading the file, in order (the progress bar names them). */
export type LoadPhase = 'generate' | 'parse' | 'validate' | 'report';

/** A dataset that passed validation, with the months it covers. */
export interface LoadedDataset {
  /** The file it came from; `null` for the bundled sample (named in the user's language). */
  name: string | null;
  valid: ValidDataset;
  /** Every month the data covers, oldest first (`YYYY-MM`). */
  months: string[];
}

/** A file that could not be loaded, and every reason why. */
export interface RejectedFile {
  name: string;
  issues: readonly ValidationIssue[];
}

/** A loaded dataset comes with its default period's reports (built to check the core can report on it). */
export type LoadResult = { ok: true; dataset: LoadedDataset; period: Period; reports: PeriodReports } | { ok: false; rejected: RejectedFile };

/**
 * Parses and validates a dataset; every problem comes back with its JSON
 * path (malformed JSON with its line and column). A dataset with nothing
 * dated is rejected too: it has no month to report on. The default period's
 * report is built once before the dataset is accepted, so a file the core
 * cannot report on is refused with its problem and the dashboard keeps the
 * data it had. Never throws: anything unexpected is the file's problem.
 * `onPhase` hears each step as it starts (for a progress bar).
 */
export function loadDataset(name: string | null, text: string, strings: AppStrings, onPhase: (phase: LoadPhase) => void = () => {}): LoadResult {
  const shownName = name ?? strings.sampleDataset;
  onPhase('parse');
  let parsed: ReturnType<typeof parseJsonFile>;
  try {
    parsed = parseJsonFile(text, shownName);
  } catch (error) {
    return crashed(shownName, error, strings);
  }
  if (!parsed.ok) return { ok: false, rejected: { name: shownName, issues: [parsed.issue] } };
  return loadDatasetValue(name, parsed.json, strings, onPhase);
}

/**
 * {@link loadDataset} for a value already parsed (or generated, like the
 * sample): validation, the months covered, the default period's reports.
 */
export function loadDatasetValue(name: string | null, json: unknown, strings: AppStrings, onPhase: (phase: LoadPhase) => void = () => {}): LoadResult {
  const shownName = name ?? strings.sampleDataset;
  const reject = (issues: readonly ValidationIssue[]): LoadResult => ({ ok: false, rejected: { name: shownName, issues } });
  try {
    onPhase('validate');
    const valid = validateDataset(json);
    const covered = dataMonthRange(valid);
    if (!covered) return reject([{ path: '$', message: strings.nothingDated }]);
    const dataset: LoadedDataset = { name, valid, months: eachMonthOfRange(covered) };
    onPhase('report');
    const period = resolvePeriod(dataset, null, null);
    return { ok: true, dataset, period, reports: buildPeriodReports(dataset, period) };
  } catch (error) {
    return crashed(shownName, error, strings);
  }
}

/** A load that threw: the core's validation problems as they are, anything else as the file's problem. */
function crashed(shownName: string, error: unknown, strings: AppStrings): LoadResult {
  if (isRevkitValidationError(error)) return { ok: false, rejected: { name: shownName, issues: error.issues } };
  return { ok: false, rejected: { name: shownName, issues: [{ path: '$', message: `${strings.loadCrashed}: ${printable(error instanceof Error ? error.message : String(error))}` }] } };
}

/** The period a view shows, resolved against the data. */
export interface Period {
  from: string;
  to: string;
  /** Number of months, inclusive. */
  length: number;
}

/** How many months the default view shows. */
export const DEFAULT_PERIOD_MONTHS = 12;

/** The presets of the period picker, in months (besides the whole data). */
export const PERIOD_PRESETS = [3, 6, 12, 24] as const;

/**
 * The period to show: the URL's months when the data covers them, else the
 * last {@link DEFAULT_PERIOD_MONTHS} months (the core's `lastMonthsRange`),
 * ending with the URL's last month or the data's (or all of the data).
 */
export function resolvePeriod(dataset: LoadedDataset, from: string | null, to: string | null): Period {
  const { months } = dataset;
  const end = to !== null && months.includes(to) ? to : null;
  const lastMonths = lastMonthsRange(dataset.valid, { months: DEFAULT_PERIOD_MONTHS, ...(end === null ? {} : { to: end }) });
  // loadDatasetValue refuses data with nothing dated, so a loaded dataset always has a month to end on.
  if (lastMonths === null) throw new Error('resolvePeriod: the dataset has no dated month');
  const start = from !== null && months.includes(from) && from <= lastMonths.to ? from : lastMonths.from;
  return { from: start, to: lastMonths.to, length: months.indexOf(lastMonths.to) - months.indexOf(start) + 1 };
}

/** The contract report and the RevOps report (CAC, CLV…) of one period. */
export interface PeriodReport {
  report: Report;
  revOps: RevOpsReport;
}

/**
 * The reports of a period and of the period of the same length just before
 * it (not clipped to the data, so "previous 12 months" means twelve).
 */
export interface PeriodReports {
  current: PeriodReport;
  /** `null` when the data has nothing before the period. */
  previous: PeriodReport | null;
}

function reportOf(dataset: LoadedDataset, range: { from: string; to: string }): PeriodReport {
  return { report: buildReportFromValid(dataset.valid, range), revOps: buildRevOpsReportFromValid(dataset.valid, range) };
}

/** Builds every report with the core; the app computes no figure itself. */
export function buildPeriodReports(dataset: LoadedDataset, period: Period): PeriodReports {
  const current = reportOf(dataset, { from: period.from, to: period.to });
  const before = previousRange(period);
  const first = dataset.months[0];
  const previous = before !== null && first !== undefined && before.to >= first ? reportOf(dataset, before) : null;
  return { current, previous };
}
