import {
  buildReportFromValid,
  buildRevOpsReportFromValid,
  dataMonthRange,
  formatMonth,
  isRevkitValidationError,
  lastMonthsRange,
  parseJsonFile,
  parseMonth,
  printable,
  validateDataset,
  type Report,
  type RevOpsReport,
  type ValidDataset,
  type ValidationIssue,
} from '@revkit/core';
import type { AppStrings } from '../i18n/strings.js';

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

export type LoadResult = { ok: true; dataset: LoadedDataset } | { ok: false; rejected: RejectedFile };

/** The months from `from` to `to`, inclusive, as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const first = parseMonth(from);
  const last = parseMonth(to);
  if (first === null || last === null) return [];
  const months: string[] = [];
  for (let index = first; index <= last; index += 1) months.push(formatMonth(index));
  return months;
}

/** `month` moved by `offset` months (negative goes back). */
export function shiftMonth(month: string, offset: number): string | null {
  const index = parseMonth(month);
  if (index === null || index + offset < 0) return null;
  return formatMonth(index + offset);
}

/**
 * Parses and validates a dataset; every problem comes back with its JSON
 * path (malformed JSON with its line and column). A dataset with nothing
 * dated is rejected too: it has no month to report on. The default period's
 * report is built once before the dataset is accepted, so a file the core
 * cannot report on is refused with its problem and the dashboard keeps the
 * data it had. Never throws: anything unexpected is the file's problem.
 */
export function loadDataset(name: string | null, text: string, strings: AppStrings): LoadResult {
  const shownName = name ?? strings.sampleDataset;
  const reject = (issues: readonly ValidationIssue[]): LoadResult => ({ ok: false, rejected: { name: shownName, issues } });
  try {
    const parsed = parseJsonFile(text, shownName);
    if (!parsed.ok) return reject([parsed.issue]);
    let valid: ValidDataset;
    try {
      valid = validateDataset(parsed.json);
    } catch (error) {
      if (isRevkitValidationError(error)) return reject(error.issues);
      throw error;
    }
    const covered = dataMonthRange(valid);
    if (!covered) return reject([{ path: '$', message: strings.nothingDated }]);
    const dataset: LoadedDataset = { name, valid, months: monthsBetween(covered.from, covered.to) };
    buildPeriodReports(dataset, resolvePeriod(dataset, null, null));
    return { ok: true, dataset };
  } catch (error) {
    if (isRevkitValidationError(error)) return reject(error.issues);
    return reject([{ path: '$', message: `${strings.loadCrashed}: ${printable(error instanceof Error ? error.message : String(error))}` }]);
  }
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

/**
 * The period to show: the URL's months when the data covers them, else the
 * last {@link DEFAULT_PERIOD_MONTHS} months (the core's `lastMonthsRange`),
 * ending with the URL's last month or the data's (or all of the data).
 */
export function resolvePeriod(dataset: LoadedDataset, from: string | null, to: string | null): Period {
  const { months } = dataset;
  const end = to !== null && months.includes(to) ? to : null;
  const lastMonths = lastMonthsRange(dataset.valid, { months: DEFAULT_PERIOD_MONTHS, ...(end === null ? {} : { to: end }) })!;
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
  const previousTo = shiftMonth(period.from, -1);
  const previousFrom = shiftMonth(period.from, -period.length);
  const first = dataset.months[0]!;
  const previous = previousTo !== null && previousFrom !== null && previousTo >= first ? reportOf(dataset, { from: previousFrom, to: previousTo }) : null;
  return { current, previous };
}
