// Engine bench: buildReport speed and memory on generated data, checked
// figure by figure against an independent DuckDB SQL model of the contract.
import { performance } from 'node:perf_hooks';
import { buildReport } from '@revkit/core';
import { generateDataset } from '@revkit/sample-data';
import { loadDuckDb, movementsInCents, queryMovements } from './lib/duckdb-mrr.mjs';
import { collectGarbage, measureAsyncRuns, measureRuns, MIB, startRssSampler } from './lib/measure.mjs';
import { formatMs, printTable } from './lib/table.mjs';

/** Targets of issue 2, for the largest size. */
export const ENGINE_TARGETS = { maxMs: 1000, maxPeakBytes: 1024 * MIB, maxRatio: 0.5 };

const MONEY_FIELDS = ['mrr', 'new', 'expansion', 'reactivation', 'contraction', 'churn'];
const COUNT_FIELDS = ['customers', 'newCustomers', 'reactivatedCustomers', 'churnedCustomers'];

function monthAfter(start, months) {
  const [year, month] = start.split('-').map(Number);
  const index = year * 12 + month - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month's figures of revkit and DuckDB side by side; returns the differing ones. */
export function compareMovements(report, sqlRows) {
  const differences = [];
  const sqlByMonth = new Map(sqlRows.map((row) => [row.month, row]));
  if (sqlRows.length !== report.mrr.length) {
    differences.push({ month: '*', field: 'months', revkit: report.mrr.length, duckdb: sqlRows.length });
  }
  for (const row of report.mrr) {
    const sql = sqlByMonth.get(row.month);
    if (!sql) {
      differences.push({ month: row.month, field: 'row', revkit: 'present', duckdb: 'missing' });
      continue;
    }
    for (const field of MONEY_FIELDS) {
      // Report money is rounded to cents, so ×100 is an integer up to float noise.
      const revkitCents = BigInt(Math.round(row[field] * 100));
      if (revkitCents !== sql[field]) differences.push({ month: row.month, field, revkit: row[field], duckdb: Number(sql[field]) / 100 });
    }
    for (const field of COUNT_FIELDS) {
      if (row[field] !== sql[field]) differences.push({ month: row.month, field, revkit: row[field], duckdb: sql[field] });
    }
  }
  return differences;
}

async function benchSize({ customers, months, start, runs, seed }, sampler) {
  const to = monthAfter(start, months - 1);
  const range = { from: start, to };
  console.log(`\n== ${customers.toLocaleString('en')} customers × ${months} months (${start}..${to}), seed ${seed} ==`);

  let started = performance.now();
  const dataset = generateDataset({ seed, customers, months, start });
  const generateMs = performance.now() - started;
  collectGarbage();
  const datasetHeap = process.memoryUsage().heapUsed;
  console.log(
    `generated in ${formatMs(generateMs)}: ${dataset.subscriptions.length.toLocaleString('en')} subscriptions, ` +
      `${dataset.deals.length.toLocaleString('en')} deals, ${dataset.surveys.length.toLocaleString('en')} surveys; ` +
      `heap with the dataset ${(datasetHeap / MIB).toFixed(0)} MiB`,
  );

  const revkit = await measureRuns(() => buildReport(dataset, range), { warmups: 1, runs, sampler });

  started = performance.now();
  const db = await loadDuckDb(dataset);
  const loadMs = performance.now() - started;
  let duck;
  try {
    duck = await measureAsyncRuns(() => queryMovements(db, range), { warmups: 1, runs });
  } finally {
    db.close();
  }
  const sqlRows = movementsInCents(duck.result, db.scaleFactor);
  const differences = compareMovements(revkit.result, sqlRows);
  console.log(`DuckDB load (appender + typed table, not timed): ${formatMs(loadMs)}`);
  console.log(`revkit runs: ${revkit.times.map(formatMs).join(', ')}`);
  console.log(`DuckDB runs: ${duck.times.map(formatMs).join(', ')}`);
  if (differences.length === 0) {
    console.log(`agreement: all ${sqlRows.length} months × ${MONEY_FIELDS.length + COUNT_FIELDS.length} figures equal to the cent`);
  } else {
    console.log(`MISMATCH: ${differences.length} figures differ between revkit and DuckDB (first 30):`);
    printTable(['month', 'field', 'revkit', 'duckdb'], differences.slice(0, 30).map((d) => [d.month, d.field, d.revkit, d.duckdb]));
  }
  return {
    customers,
    months,
    revkitMs: revkit.medianMs,
    duckdbMs: duck.medianMs,
    ratio: revkit.medianMs / duck.medianMs,
    peakRss: revkit.peakRss,
    heapBefore: revkit.baseline.heapUsed,
    heapAfterRun: revkit.heapAfterRun,
    datasetHeap,
    differences,
  };
}

/**
 * Runs the engine bench: 10 k and 100 k customers × 60 months by default.
 * Returns `{ ok }`: false only when revkit and DuckDB disagree (a missed
 * speed or memory target is printed, not failed).
 */
export async function runEngineBench({
  sizes = [10_000, 100_000],
  months = 60,
  start = '2021-01',
  runs = 5,
  seed = 20261122,
} = {}) {
  console.log('# Engine: buildReport on an in-memory dataset vs DuckDB SQL of the same contract');
  console.log(
    'Method: median wall time of buildReport(dataset, {from, to}) over ' +
      `${runs} runs after 1 warm-up, full GC (global.gc) before each run; the DuckDB figure is the median of ` +
      `${runs} runs of the movements query only (after 1 warm-up, data already loaded, 2 threads). ` +
      'Peak RSS: process RSS sampled every 2 ms by a worker thread during the timed buildReport runs ' +
      '(includes the dataset and Node itself). Heap: heapUsed after a full GC before the runs, and the highest ' +
      'heapUsed right after a run before any GC.',
  );
  const sampler = await startRssSampler(2);
  const results = [];
  try {
    for (const customers of sizes) results.push(await benchSize({ customers, months, start, runs, seed }, sampler));
  } finally {
    await sampler.stop();
  }

  console.log('\n## Figures');
  printTable(
    ['customers × months', 'revkit median', 'DuckDB median', 'revkit ÷ DuckDB', 'peak RSS', 'heap before', 'heap after run', 'agree'],
    results.map((r) => [
      `${r.customers.toLocaleString('en')} × ${r.months}`,
      formatMs(r.revkitMs),
      formatMs(r.duckdbMs),
      r.ratio.toFixed(2),
      `${(r.peakRss / MIB).toFixed(0)} MiB`,
      `${(r.heapBefore / MIB).toFixed(0)} MiB`,
      `${(r.heapAfterRun / MIB).toFixed(0)} MiB`,
      r.differences.length === 0 ? 'yes' : `NO (${r.differences.length})`,
    ]),
  );

  const largest = results.at(-1);
  const label = `${largest.customers.toLocaleString('en')} × ${largest.months}`;
  console.log('\n## Targets');
  const verdict = (pass) => (pass ? 'PASS' : 'MISS');
  printTable(
    ['target', 'measured', 'goal', 'result'],
    [
      [`buildReport ${label}`, formatMs(largest.revkitMs), `≤ ${formatMs(ENGINE_TARGETS.maxMs)}`, verdict(largest.revkitMs <= ENGINE_TARGETS.maxMs)],
      [
        `peak memory (RSS) ${label}`,
        `${(largest.peakRss / MIB).toFixed(0)} MiB`,
        '≤ 1024 MiB',
        verdict(largest.peakRss <= ENGINE_TARGETS.maxPeakBytes),
      ],
      [`revkit ÷ DuckDB ${label}`, largest.ratio.toFixed(2), `≤ ${ENGINE_TARGETS.maxRatio}`, verdict(largest.ratio <= ENGINE_TARGETS.maxRatio)],
      ['figures agree with DuckDB (all sizes)', results.every((r) => r.differences.length === 0) ? 'yes' : 'no', 'yes', verdict(results.every((r) => r.differences.length === 0))],
    ],
  );
  return { name: 'engine', ok: results.every((r) => r.differences.length === 0), results };
}
