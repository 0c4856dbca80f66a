import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { buildReport, isRevkitValidationError, type Dataset } from '@revkit/core';
import { fromDuckDB, type DuckDBConnectionLike } from './adapters.js';
import { compileReport } from './compile.js';
import { connect } from './connect.js';
import { DIALECTS } from './schema.js';
import { loadDataset } from './load.js';
import { runReport } from './run.js';

const dataset = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/contract-example/dataset.json', import.meta.url), 'utf8'),
) as Dataset;

async function duckdb() {
  return fromDuckDB((await (await DuckDBInstance.create(':memory:')).connect()) as unknown as DuckDBConnectionLike);
}

describe('compileReport', () => {
  it('never puts money through a float type or a decimal division, in any dialect', () => {
    for (const dialect of DIALECTS) {
      const { statements } = compileReport({ dialect, from: '2024-01', to: '2024-12' });
      for (const sql of Object.values(statements)) expect(sql).not.toMatch(/\b(FLOAT|DOUBLE|REAL|Float64|Float32)\b/i);
    }
  });

  it('reports a malformed or reversed range with its path', () => {
    try {
      compileReport({ dialect: 'postgres', from: '2024-13', to: '2023-01' });
      expect.unreachable();
    } catch (error) {
      expect(isRevkitValidationError(error) && error.issues.map((issue) => issue.path)).toEqual(['from']);
    }
  });

  it('refuses an unknown dialect', () => {
    expect(() => compileReport({ dialect: 'mysql' as never, from: '2024-01', to: '2024-02' })).toThrow(new RangeError('compileReport: dialect must be postgres, duckdb or clickhouse, got "mysql"'));
  });
});

describe('runReport on a team mapping', () => {
  it('reads renamed tables and columns and equals buildReport', async () => {
    const client = await duckdb();
    await loadDataset(client, dataset);
    await client.query('CREATE SCHEMA billing');
    await client.query(
      'CREATE TABLE billing.subs AS SELECT id AS sub_id, customer_id AS account_id, start_at AS started, end_at AS ended, amount AS price, billing_interval AS every, interval_count, quantity AS seats, discount, currency FROM revkit_subscriptions',
    );
    await client.query('DROP TABLE revkit_subscriptions');
    const schema = {
      subscriptions: {
        table: 'billing.subs',
        columns: { id: 'sub_id', customerId: 'account_id', start: 'started', end: 'ended', amount: 'price', interval: 'every', quantity: 'seats' },
      },
    };
    const report = await runReport(client, { schema, from: '2022-11', to: '2023-11' });
    expect(report.mrr).toEqual(buildReport(dataset, { from: '2022-11', to: '2023-11' }).mrr);
    expect(report.cohorts).toEqual(buildReport(dataset, { from: '2022-11', to: '2023-11' }).cohorts);
  }, 60_000);

  it('fails with the engine naming a missing table', async () => {
    const client = await duckdb();
    await expect(runReport(client, { from: '2024-01', to: '2024-02' })).rejects.toThrow(/revkit_subscriptions/);
  }, 60_000);

  it('refuses to load over existing tables unless asked to replace them', async () => {
    const client = await duckdb();
    await loadDataset(client, dataset);
    await expect(loadDataset(client, dataset)).rejects.toThrow(new RangeError('loadDataset: revkit_settings already exists: load with replace to overwrite revkit\'s tables'));
    await expect(loadDataset(client, dataset, { replace: true })).resolves.toMatchObject({ subscriptions: dataset.subscriptions!.length });
  }, 60_000);

  it('loads amounts wider than 18 digits exactly (the fast DECIMAL(18, s) cast falls back to the wide one)', async () => {
    const client = await duckdb();
    const wide: Dataset = {
      currency: 'EUR',
      subscriptions: [
        { id: 'a', customerId: 'c1', start: '2024-01-01', amount: '123456789012345678.99', interval: 'month' },
        { id: 'b', customerId: 'c2', start: '2024-01-01', amount: '0.01', interval: 'month' },
      ],
    };
    await loadDataset(client, wide);
    expect(await client.query('SELECT CAST(amount AS VARCHAR) AS amount FROM revkit_subscriptions ORDER BY id')).toEqual([
      { amount: '123456789012345678.99' },
      { amount: '0.01' },
    ]);
    const report = await runReport(client, { from: '2024-01', to: '2024-02' });
    expect(report.mrr).toEqual(buildReport(wide, { from: '2024-01', to: '2024-02' }).mrr);
  }, 60_000);

  it('loads nothing from a dataset with a problem', async () => {
    const client = await duckdb();
    await expect(loadDataset(client, { currency: 'EUR', subscriptions: [{ id: 's', customerId: 'c', start: '2024-02-30', amount: '1', interval: 'month' }] })).rejects.toThrow(
      'subscriptions[0].start: is not a calendar date: 2024-02-30',
    );
    expect(await client.query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name LIKE 'revkit_%'")).toEqual([{ n: 0n }]);
  }, 60_000);
});

describe('connect', () => {
  it('says in one line when a scheme is unknown', async () => {
    await expect(connect('mysql://localhost/db')).rejects.toThrow(/^unknown database URL "mysql:\/\/localhost\/db": use one of postgres:\/\//);
  });

  it('says in one line when a PostgreSQL server is unreachable, without the password', async () => {
    const error = await connect('postgres://revkit:secret@127.0.0.1:1/revkit').catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^cannot open postgres:\/\/revkit:\*\*\*@127\.0\.0\.1:1\/revkit: .*ECONNREFUSED/);
    expect((error as Error).message).not.toContain('secret');
    expect((error as Error).message).not.toContain('\n');
  });
});
