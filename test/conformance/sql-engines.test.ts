// Differential tests of @revkit/sql: every dataset is loaded into PGlite
// (PostgreSQL), DuckDB, chdb (ClickHouse) and a real PostgreSQL server
// (through node-postgres, when REVKIT_TEST_PG_URL names one), the report is
// computed inside each engine, and it must equal buildReport's: money and
// counts exactly, rates to 1e-9.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, monthBoundary, parseInstant, parseMonth, type Dataset, type Report, type ReportMrrBridge } from '@revkit/core';
import { generateDataset } from '@revkit/sample-data';
import { fromChdb, fromDuckDB, fromPg, fromPglite, loadDataset, readDataset, runReport, type ChdbSessionLike, type SqlClient } from '@revkit/sql';
import { fixture } from './cli.js';
import { edgeCaseDataset, playbookDataset } from './datasets.js';
import { freshDatabase, noPostgresServer, PG_URL } from './postgres.js';

const require = createRequire(import.meta.url);
const chdbFolder = mkdtempSync(join(tmpdir(), 'revkit-chdb-'));

const DATASETS: { name: string; dataset: () => Dataset; ranges: { from?: string; to?: string }[] }[] = [
  {
    name: 'the contract example',
    dataset: () => JSON.parse(readFileSync(fixture('contract-example/dataset.json'), 'utf8')) as Dataset,
    ranges: [{}, { from: '2022-11', to: '2023-11' }],
  },
  { name: 'the dbt MRR playbook', dataset: playbookDataset, ranges: [{}, { from: '2018-01', to: '2020-02' }] },
  { name: 'sample data, 30 customers × 12 months', dataset: () => generateDataset({ seed: 1, customers: 30, months: 12, start: '2023-01' }), ranges: [{}] },
  { name: 'sample data, 400 customers × 36 months', dataset: () => generateDataset({ seed: 7, customers: 400, months: 36, start: '2021-07' }), ranges: [{}, { from: '2022-02', to: '2023-01' }] },
  { name: 'sample data, 2000 customers × 60 months', dataset: () => generateDataset({ seed: 42, customers: 2000, months: 60, start: '2019-01' }), ranges: [{}] },
  { name: 'edge cases, seed 1', dataset: () => edgeCaseDataset(1), ranges: [{}, { from: '2022-06', to: '2023-09' }] },
  { name: 'edge cases, seed 2', dataset: () => edgeCaseDataset(2, 80), ranges: [{}, { from: '2023-03', to: '2023-04' }] },
  { name: 'edge cases, seed 3', dataset: () => edgeCaseDataset(3), ranges: [{ from: '2021-01', to: '2025-12' }] },
  {
    name: 'amounts that round at half a cent',
    dataset: () => ({
      currency: 'EUR',
      subscriptions: [
        { id: 'a', customerId: 'c1', start: '2024-01-01', amount: '0.005', interval: 'month' },
        { id: 'b', customerId: 'c2', start: '2024-02-01', amount: '0.015', interval: 'month' },
        { id: 'c', customerId: 'c3', start: '2024-02-01', end: '2024-03-01', amount: '30.06', interval: 'year', intervalCount: 1 },
        { id: 'd', customerId: 'c4', start: '2024-03-01', amount: '0.01', interval: 'month', intervalCount: 2 },
      ],
    }),
    ranges: [{}, { from: '2024-01', to: '2024-06' }],
  },
  {
    name: 'amounts wider than 18 digits (past 2^53 cents)',
    dataset: () => ({
      currency: 'EUR',
      subscriptions: [
        { id: 'a', customerId: 'c1', start: '2024-01-01', amount: '123456789012345678.99', interval: 'month' },
        { id: 'b', customerId: 'c2', start: '2024-01-01', end: '2024-03-01', amount: '0.01', interval: 'month' },
        { id: 'c', customerId: 'c3', start: '2024-02-01', amount: '98765432109876.54', interval: 'year', quantity: '3' },
      ],
    }),
    ranges: [{}],
  },
  { name: 'no subscriptions at all', dataset: () => ({ currency: 'EUR', subscriptions: [], deals: [{ id: 'd', createdAt: '2024-01-05', closedAt: null, status: 'open', amount: '10' }] }), ranges: [{}] },
];

interface Engine {
  name: string;
  open(): Promise<SqlClient>;
}

const ENGINES: Engine[] = [
  { name: 'PGlite (PostgreSQL)', open: async () => fromPglite(new PGlite()) },
  { name: 'DuckDB', open: async () => fromDuckDB(await (await DuckDBInstance.create(':memory:')).connect()) },
  {
    name: 'chdb (ClickHouse)',
    open: async () => {
      const { Session } = require('chdb') as { Session: new (path: string) => ChdbSessionLike };
      return fromChdb(new Session(chdbFolder));
    },
  },
];
if (PG_URL !== undefined) {
  const url = PG_URL;
  ENGINES.push({
    name: 'a PostgreSQL server (pg)',
    open: async () => {
      const client = new pg.Client({ connectionString: await freshDatabase(url, 'revkit_engines') });
      await client.connect();
      return fromPg(client);
    },
  });
} else {
  describe('@revkit/sql on a PostgreSQL server equals buildReport', () => noPostgresServer('every dataset on a PostgreSQL server (pg)'));
}

const MONEY = new Set(['mrr', 'startMrr', 'endMrr', 'retainedMrr', 'arr', 'arpa', 'new', 'expansion', 'reactivation', 'contraction', 'churn', 'netNew', 'averageDealSize', 'openPipeline', 'pipelineVelocity']);

/**
 * The dataset as known at B(to), for the deals (contract v1.1: the open
 * pipeline is taken as of the end of the range): deals created later are
 * unknown, deals closed later were still open. It leaves a dataset whose
 * deals all lie before B(to) unchanged, and buildReport applies the same
 * rule itself once core implements v1.1.
 */
function dealsKnownAt(data: Dataset, to: string | undefined): Dataset {
  const month = parseMonth(to);
  if (month === null || !data.deals) return data;
  const end = monthBoundary(month);
  const at = (value: unknown): number => parseInstant(value) as number;
  const deals = data.deals
    .filter((deal) => at(deal.createdAt) < end)
    .map((deal) => (deal.closedAt && at(deal.closedAt) >= end ? { ...deal, status: 'open' as const, closedAt: null } : deal));
  return { ...data, deals };
}

const cents = (amount: number): number => Math.round(amount * 100);
/**
 * Where a waterfall's last movement bar lands, in cents: start + the five
 * movements; ending MRR's cents when the amounts are too large for a double
 * to hold their cents (the report's JSON numbers cannot say more there).
 */
function bridgeLandingCents(bridge: ReportMrrBridge): number {
  const amounts = [bridge.startMrr, bridge.new, bridge.expansion, bridge.reactivation, bridge.contraction, bridge.churn];
  if (!amounts.every((amount) => Math.abs(amount) < Number.MAX_SAFE_INTEGER / 100)) return cents(bridge.endMrr);
  return amounts.reduce((total, amount) => total + cents(amount), 0);
}

/** Compares two reports: money and counts exactly, other numbers (rates) to 1e-9. */
function expectSameReport(actual: unknown, expected: unknown, path = 'report'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const key = path.split('.').at(-1)!.replace(/\[\d+\]$/, '');
    if (MONEY.has(key) || Number.isInteger(expected)) expect(actual, path).toBe(expected);
    else expect(Math.abs(actual - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((value, i) => expectSameReport((actual as unknown[])[i], value, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectSameReport((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    return;
  }
  expect(actual, path).toBe(expected);
}

for (const engine of ENGINES) {
  describe(`@revkit/sql on ${engine.name} equals buildReport`, () => {
    let client: SqlClient;
    beforeAll(async () => {
      client = await engine.open();
    }, 180_000);
    afterAll(async () => {
      await client?.close?.();
    });

    for (const { name, dataset, ranges } of DATASETS) {
      it(name, async () => {
        const data = dataset();
        await loadDataset(client, data, { replace: true });
        for (const range of ranges) {
          const expected: Report = buildReport(dealsKnownAt(data, range.to), range as { from?: `${number}-${number}`; to?: `${number}-${number}` });
          const actual = await runReport(client, range);
          expectSameReport(actual, expected, `report ${range.from ?? 'data'}..${range.to ?? 'data'}`);
          // The bridge is compared above field by field (money exactly); it also lands on ending MRR to the cent.
          const bridge = actual.mrrBridge;
          expect([bridge.from, bridge.to, bridge.endMrr]).toEqual([actual.from, actual.to, actual.mrr.at(-1)?.mrr]);
          expect(bridgeLandingCents(bridge), `${name} ${range.from ?? 'data'}..${range.to ?? 'data'}`).toBe(cents(bridge.endMrr));
        }
        // What readDataset reads back (for the RevOps report) gives the same report in process.
        expect(buildReport(await readDataset(client))).toEqual(buildReport(data));
      }, 180_000);
    }
  });
}

afterAll(() => {
  rmSync(chdbFolder, { recursive: true, force: true });
});
