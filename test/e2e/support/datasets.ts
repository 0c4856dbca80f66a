import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildReport,
  buildRevOpsReport,
  formatMonth,
  isRevkitValidationError,
  lastMonthsRange,
  parseMonth,
  validateDataset,
  type CostEntry,
  type Report,
  type RevOpsReport,
  type ValidationIssue,
} from '@revkit/core';
import { defaultDataset, generateDataset } from '@revkit/sample-data';
import { repoRoot } from './servers.js';

/** A dataset file that breaks the contract in many places at once. */
export const badDatasetText = readFileSync(join(repoRoot, 'test', 'e2e', 'fixtures', 'bad-dataset.json'), 'utf8');

/** Every problem the core finds in {@link badDatasetText}: what the dashboard must list. */
export function badDatasetIssues(): readonly ValidationIssue[] {
  try {
    validateDataset(JSON.parse(badDatasetText));
  } catch (error) {
    if (isRevkitValidationError(error)) return error.issues;
    throw error;
  }
  throw new Error('the bad dataset fixture passed validation: it must break the contract');
}

/**
 * A valid dataset unlike the bundled sample (fewer customers, other months,
 * and a costs section so CAC and CLV:CAC exist), and its reports over the
 * dashboard's default view (the last 12 months).
 */
export function otherDataset(seed: number): { text: string; report: Report; revOps: RevOpsReport } {
  const generated = generateDataset({ seed, customers: 60, months: 18, start: '2025-01' });
  const costs: CostEntry[] = [];
  for (let month = parseMonth('2025-01')!; month <= parseMonth('2026-06')!; month += 1) {
    costs.push({ month: formatMonth(month), category: 'marketing', amount: '1800.00', label: 'ads' });
    costs.push({ month: formatMonth(month), category: 'sales', amount: '2400.00', label: 'salaries' });
  }
  const dataset = { ...generated, costs };
  const range = lastTwelveMonths(dataset);
  return { text: JSON.stringify(dataset), report: buildReport(dataset, range), revOps: buildRevOpsReport(dataset, range) };
}

/** The dashboard's default period of a dataset: its last 12 months. */
function lastTwelveMonths(dataset: unknown): { from: string; to: string } {
  return lastMonthsRange(validateDataset(dataset), { months: 12 })!;
}

/** The last `months` months of the bundled sample, as the core gives them (a period preset). */
export function sampleLastMonths(months: number): { from: string; to: string } {
  return lastMonthsRange(validateDataset(defaultDataset()), { months })!;
}

/** The bundled sample's RevOps report over the dashboard's default view. */
export function sampleRevOps(): RevOpsReport {
  const dataset = defaultDataset();
  return buildRevOpsReport(dataset, lastTwelveMonths(dataset));
}

/**
 * Reads a compact en-US money figure back (`€12.3K` → 12300, `$1.2M` →
 * 1200000) and the rounding step of its last digit, to compare what the
 * page shows with the core's exact figure.
 */
export function parseCompactMoney(text: string): { value: number; step: number } {
  const match = /^([-+−]?)[^\d-+−]*([\d,]+(?:\.(\d+))?)([KMBT]?)$/.exec(text.trim());
  if (!match) throw new Error(`not a compact money figure: ${JSON.stringify(text)}`);
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[match[4] as '' | 'K' | 'M' | 'B' | 'T'];
  const decimals = match[3]?.length ?? 0;
  const sign = match[1] === '' || match[1] === '+' ? 1 : -1;
  return { value: sign * Number(match[2]!.replaceAll(',', '')) * scale, step: scale / 10 ** decimals };
}

/**
 * A ~50 MB dataset file (100 000 customers over 60 months, the size the
 * dashboard must load without freezing), written to a temporary folder: a
 * browser takes a file this big by path. `remove` deletes it.
 */
export function largeDatasetFile(): { path: string; name: string; bytes: number; report: Report; remove: () => void } {
  const dataset = generateDataset({ seed: 14, customers: 100_000, months: 60, start: '2021-11' });
  const folder = mkdtempSync(join(tmpdir(), 'revkit-large-'));
  const name = 'large-dataset.json';
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(dataset));
  const report = buildReport(dataset, lastTwelveMonths(dataset));
  return { path, name, bytes: statSync(path).size, report, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
