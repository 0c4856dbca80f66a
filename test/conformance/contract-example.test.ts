import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, revkit } from './cli.js';

const MONEY_FIELDS = new Set(['mrr', 'startMrr', 'endMrr', 'retainedMrr', 'arr', 'arpa', 'new', 'expansion', 'reactivation', 'contraction', 'churn', 'netNew', 'averageDealSize', 'openPipeline', 'pipelineVelocity']);

/** Compares two reports the way the contract's conformance does: money ±0.01, rates to 1e-6, the rest exactly. */
function expectConformant(actual: unknown, expected: unknown, path = '$', field = ''): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((item, index) => expectConformant((actual as unknown[])[index], item, `${path}[${index}]`, field));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectConformant((actual as Record<string, unknown>)[key], value, `${path}.${key}`, key);
  } else if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    const tolerance = MONEY_FIELDS.has(field) ? 0.01 + 1e-9 : 1e-6 * Math.max(1, Math.abs(expected));
    expect(Math.abs((actual as number) - expected), `${path}: ${String(actual)} vs ${expected}`).toBeLessThanOrEqual(tolerance);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('revkit report on the contract example', () => {
  it('reproduces the reference report for 2022-11..2023-11', () => {
    const result = revkit(['report', fixture('contract-example/dataset.json'), '--from', '2022-11', '--to', '2023-11']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const expected = JSON.parse(readFileSync(fixture('contract-example/report-2022-11_2023-11.json'), 'utf8'));
    expectConformant(JSON.parse(result.stdout), expected);
  });

  it('reads the dataset from stdin with -', () => {
    const dataset = readFileSync(fixture('contract-example/dataset.json'), 'utf8');
    const result = revkit(['report', '-', '--from=2023-03', '--to=2023-03'], dataset);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.mrr).toHaveLength(1);
    expect(report.mrr[0]).toMatchObject({ month: '2023-03', mrr: 77.02, expansion: 21.89 });
  });

  it('defaults from and to to the data’s first and last month', () => {
    const result = revkit(['report', fixture('contract-example/dataset.json')]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect([report.from, report.to]).toEqual(['2021-07', '2024-03']);
  });

  it('prints a readable table with --format table', () => {
    const result = revkit(['report', fixture('contract-example/dataset.json'), '--from', '2022-11', '--to', '2023-11', '--format', 'table']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/MRR and movements/);
    expect(result.stdout).toMatch(/2023-04\s+33\.24\s+398\.85\s+2\s+16\.62/);
    expect(result.stdout).toMatch(/Win rate\s+33\.3%/);
    expect(result.stdout).not.toMatch(/NaN|Infinity|undefined/);
  });
});
