// `revkit load --db` + `revkit report --db` print what `revkit report FILE`
// prints, for each embedded engine; bad input, bad connections and missing
// tables get one clear line and a non-zero status.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, revkit } from './cli.js';
import { edgeCaseDataset } from './datasets.js';

const folder = mkdtempSync(join(tmpdir(), 'revkit-sql-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const CONTRACT = fixture('contract-example/dataset.json');
const edgeFile = join(folder, 'edge.json');
writeFileSync(edgeFile, JSON.stringify(edgeCaseDataset(5)));

const ENGINES = [
  { name: 'DuckDB', url: `duckdb:${join(folder, 'revenue.duckdb')}` },
  { name: 'PGlite', url: `pglite:${join(folder, 'pglite')}` },
  { name: 'chdb', url: `chdb:${join(folder, 'chdb')}` },
];

describe.each(ENGINES)('revkit report --db on $name', ({ url }) => {
  it.each([
    ['the contract example', CONTRACT, []],
    ['the contract example from 2023-01', CONTRACT, ['--from', '2023-01']],
    ['seeded edge cases', edgeFile, []],
  ])('equals revkit report FILE on %s', (_name, file, args) => {
    const loaded = revkit(['load', '--db', url, '--replace', file]);
    expect(loaded.stderr).toBe('');
    expect(loaded.status).toBe(0);
    expect(loaded.stdout).toMatch(/^loaded \d+ subscriptions/);
    const fromFile = revkit(['report', file, ...args]);
    const fromDb = revkit(['report', '--db', url, ...args]);
    expect(fromDb.stderr).toBe('');
    expect(fromDb.status).toBe(0);
    expect(fromDb.stdout).toBe(fromFile.stdout);
  });
});

describe('revkit report --db --format table', () => {
  it('prints the readable summary from the engine', () => {
    const url = `duckdb:${join(folder, 'table.duckdb')}`;
    expect(revkit(['load', '--db', url, CONTRACT]).status).toBe(0);
    const result = revkit(['report', '--db', url, '--format', 'table']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^revkit report · \d{4}-\d{2} → \d{4}-\d{2} · money in GBP/);
  });
});

describe('revkit load and report --db errors', () => {
  const duck = `duckdb:${join(folder, 'errors.duckdb')}`;

  it('loads nothing from a bad dataset and prints one path: message line per problem', () => {
    const bad = JSON.stringify({ currency: 'EUR', subscriptions: [{ id: 's', customerId: 'c', start: '2024-03-01', end: '2024-01-01', amount: '-1', interval: 'month' }] });
    const result = revkit(['load', '--db', duck, '-'], bad);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('subscriptions[0].end: must be after start\n');
    for (const line of result.stderr.trimEnd().split('\n')) expect(line).toMatch(/^subscriptions\[0\]\.(end|amount): /);
    const report = revkit(['report', '--db', duck]);
    expect(report.status).toBe(1);
    expect(report.stderr).toMatch(/^--db: .*revkit_subscriptions.*\n$/);
  });

  it('says in one line that a server is unreachable', () => {
    const result = revkit(['report', '--db', 'postgres://revkit:secret@127.0.0.1:1/revkit']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^--db: cannot open postgres:\/\/revkit:\*\*\*@127\.0\.0\.1:1\/revkit: .*ECONNREFUSED.*\n$/);
  });

  it('names an unknown column of a --schema mapping', () => {
    const mapping = join(folder, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ subscriptions: { columns: { custmerId: 'account_id' } } }));
    const result = revkit(['report', '--db', duck, '--schema', mapping, '--from', '2024-01', '--to', '2024-02']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^schema\.subscriptions\.columns\.custmerId: is not a column of subscriptions/);
  });
});

describe('revkit sql', () => {
  it('prints the report SQL for each dialect', () => {
    for (const dialect of ['postgres', 'duckdb', 'clickhouse']) {
      const result = revkit(['sql', '--dialect', dialect, '--from', '2024-01', '--to', '2024-12']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`-- revkit report 2024-01..2024-12 for ${dialect}`);
      expect(result.stdout).toContain('"revkit_subscriptions"');
    }
  });

  it('reports a bad range as --from', () => {
    const result = revkit(['sql', '--dialect', 'duckdb', '--from', '2024-13', '--to', '2024-12']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('--from: must be a month as YYYY-MM, got "2024-13"\n');
  });
});
