// SQL bench: the whole contract report at 100 k and 1 M customers × 60 months,
// in-process (buildReport) and inside DuckDB and ClickHouse (chdb) through
// @revkit/sql, load time and query time apart, with the ratios. The engines'
// reports are checked against buildReport's MRR rows (a mismatch fails).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildReport } from '@revkit/core';
import { generateDataset } from '@revkit/sample-data';
import { fromChdb, fromDuckDB, loadDataset, runReport } from '@revkit/sql';
import { collectGarbage } from './lib/measure.mjs';
import { formatMs, printTable } from './lib/table.mjs';

const require = createRequire(import.meta.url);

/** Target of issue 9: the report inside DuckDB or ClickHouse, 1 M customers × 60 months. */
export const SQL_TARGET_MS = 5000;

const SIZES = (process.env.REVKIT_BENCH_SQL_SIZES ?? '100000,1000000').split(',').map(Number);
const MONTHS = 60;
const START = '2020-01';

/**
 * Wall time, and the CPU time of this process (every thread: the embedded
 * engines run inside it), which a busy shared machine inflates far less.
 */
async function timed(fn) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

function sameMrr(a, b) {
  return JSON.stringify(a.mrr) === JSON.stringify(b.mrr) && JSON.stringify(a.cohorts.map((c) => c.mrr)) === JSON.stringify(b.cohorts.map((c) => c.mrr));
}

export async function runSqlBench() {
  const chdbFolder = mkdtempSync(join(tmpdir(), 'revkit-bench-chdb-'));
  try {
    return await benchSizes(chdbFolder);
  } finally {
    rmSync(chdbFolder, { recursive: true, force: true });
  }
}

async function benchSizes(chdbFolder) {
  let chdbSession;
  let ok = true;
  const rows = [];
  for (const customers of SIZES) {
    const dataset = generateDataset({ seed: 9, customers, months: MONTHS, start: START });
    const range = { from: START, to: '2024-12' };
    collectGarbage();
    const inProcess = await timed(() => buildReport(dataset, range));
    const engines = [
      { name: 'DuckDB', open: async () => fromDuckDB(await (await DuckDBInstance.create(':memory:')).connect()) },
      // chdb allows one data folder per process: every size reuses it (loadDataset replaces the tables).
      { name: 'ClickHouse (chdb)', open: async () => fromChdb((chdbSession ??= new (require('chdb').Session)(chdbFolder))) },
    ];
    rows.push([`${customers.toLocaleString('en')} × ${MONTHS}`, 'in-process buildReport', '-', formatMs(inProcess.ms), formatMs(inProcess.cpuMs), '1.00', '']);
    for (const engine of engines) {
      const client = await engine.open();
      const load = await timed(() => loadDataset(client, dataset, { replace: true }));
      const query = await timed(() => runReport(client, range));
      const equal = sameMrr(query.value, inProcess.value);
      if (!equal) ok = false;
      const target = customers >= 1_000_000 ? (query.ms <= SQL_TARGET_MS ? `ok ≤ ${SQL_TARGET_MS / 1000} s` : `MISS > ${SQL_TARGET_MS / 1000} s`) : '';
      rows.push(['', engine.name, formatMs(load.ms), formatMs(query.ms), formatMs(query.cpuMs), (query.ms / inProcess.ms).toFixed(2), `${equal ? 'equal' : 'DIFFERS'} ${target}`]);
      await client.close?.();
    }
    collectGarbage();
  }
  console.log('\n== @revkit/sql: the report inside the engine (report = runReport, wall and CPU time; ratio = wall ÷ in-process) ==');
  printTable(['size', 'engine', 'load', 'report', 'report CPU', 'ratio', 'check'], rows);
  return { name: 'sql', ok };
}
