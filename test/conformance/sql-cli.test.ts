// `revkit load --db` + `revkit report --db` print what `revkit report FILE`
// prints, for each embedded engine and a real PostgreSQL server (when
// REVKIT_TEST_PG_URL names one); bad input, bad connections, a wrong
// password and missing tables get one clear line and a non-zero status.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, REPO_ROOT, revkit } from './cli.js';
import { edgeCaseDataset } from './datasets.js';
import { freshDatabase, noPostgresServer, PG_URL } from './postgres.js';

const folder = mkdtempSync(join(tmpdir(), 'revkit-sql-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const CONTRACT = fixture('contract-example/dataset.json');
/** The sample dataset with every RevOps input (costs, leads, activities, usage). */
const SAMPLE = join(REPO_ROOT, 'packages/sample-data/datasets/default.json');
const edgeFile = join(folder, 'edge.json');
writeFileSync(edgeFile, JSON.stringify(edgeCaseDataset(5)));

const ENGINES = [
  { name: 'DuckDB', url: `duckdb:${join(folder, 'revenue.duckdb')}` },
  { name: 'PGlite', url: `pglite:${join(folder, 'pglite')}` },
  { name: 'chdb', url: `chdb:${join(folder, 'chdb')}` },
];
const PG_SERVER = PG_URL === undefined ? undefined : { name: 'a PostgreSQL server', url: await freshDatabase(PG_URL, 'revkit_cli') };
if (PG_SERVER) ENGINES.push(PG_SERVER);
else describe('revkit report --db on a PostgreSQL server', () => noPostgresServer('equals revkit report FILE, and says a wrong password in one line'));

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

describe.each(ENGINES)('revkit report --db --format table on $name', ({ url }) => {
  it('prints the tables of revkit report FILE --format table, the RevOps ones with --revops', () => {
    const loaded = revkit(['load', '--db', url, '--replace', SAMPLE]);
    expect(loaded.stderr).toBe('');
    expect(loaded.status).toBe(0);
    const range = ['--from', '2024-01', '--to', '2025-12'];
    const fromFile = revkit(['report', SAMPLE, ...range, '--format', 'table']);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toContain('\nMarketing\n');

    const withRevOps = revkit(['report', '--db', url, ...range, '--format', 'table', '--revops']);
    expect(withRevOps.stderr).toBe('');
    expect(withRevOps.status).toBe(0);
    expect(withRevOps.stdout).toBe(fromFile.stdout);

    // Without --revops: the contract's tables only, as the file's table starts.
    const contractOnly = revkit(['report', '--db', url, ...range, '--format', 'table']);
    expect(contractOnly.status).toBe(0);
    expect(contractOnly.stdout).toMatch(/^revkit report · 2024-01 → 2025-12 · money in /);
    expect(contractOnly.stdout).not.toContain('\nMarketing\n');
    expect(fromFile.stdout.startsWith(`${contractOnly.stdout.trimEnd()}\n\nMarketing\n`)).toBe(true);

    const json = revkit(['report', '--db', url, ...range, '--revops']);
    expect(json.status).toBe(0);
    expect(json.stdout).toBe(revkit(['report', SAMPLE, ...range, '--revops']).stdout);
  });
});

describe('revkit report --db --revops', () => {
  it('is refused with --schema, whose tables revkit load did not write', () => {
    const result = revkit(['report', '--db', `duckdb:${join(folder, 'x.duckdb')}`, '--schema', 'mapping.json', '--revops']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('--revops: not available with --schema (it reads the tables of revkit load)');
  });
});

if (PG_SERVER) {
  const server = new URL(PG_SERVER.url);
  describe('revkit report --db on a PostgreSQL server: errors', () => {
    it('says in one line that the password is wrong', () => {
      const wrong = new URL(server);
      wrong.password = 'not-the-password';
      const result = revkit(['report', '--db', wrong.toString()]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`--db: cannot open postgres://revkit:***@${server.host}/revkit_cli: password authentication failed for user "revkit"\n`);
    });

    it('says in one line that revkit load has not run (a missing table)', async () => {
      const empty = await freshDatabase(PG_SERVER.url, 'revkit_cli_empty');
      const result = revkit(['report', '--db', empty]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('--db: relation "revkit_subscriptions" does not exist\n');
    });

    it('says in one line that a database does not exist', () => {
      const missing = new URL(server);
      missing.pathname = '/no_such_db';
      const result = revkit(['report', '--db', missing.toString()]);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`--db: cannot open postgres://revkit:***@${server.host}/no_such_db: database "no_such_db" does not exist\n`);
    });
  });
}

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
