import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, isRevkitValidationError, validateDataset, type Report, type ValidationIssue } from '@revkit/core';
import { generateDataset } from '@revkit/sample-data';
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

/** A valid dataset unlike the bundled sample (fewer customers, other months), and its report. */
export function otherDataset(seed: number): { text: string; lastMonthReport: Report } {
  const dataset = generateDataset({ seed, customers: 60, months: 18, start: '2025-01' });
  const report = buildReport(dataset);
  return { text: JSON.stringify(dataset), lastMonthReport: report };
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
