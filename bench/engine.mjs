// Engine bench: buildReport speed, phase by phase, and memory on generated
// data, checked figure by figure against an independent DuckDB SQL model of
// the contract, at 100 k and 1 M customers × 60 months (issue 14).
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildRevOpsReportFromValid, buildReportFromValid, validateDataset } from '@revkit/core';
import { generateDataset } from '@revkit/sample-data';
import { loadDuckDb, movementsInCents, queryMovements } from './lib/duckdb-mrr.mjs';
import { collectGarbage, cpuSince, cpuSnapshot, measureAsyncRuns, median, MIB, settle, startPeakRssMeter, waitForQuietMachine } from './lib/measure.mjs';
import { formatMs, printTable } from './lib/table.mjs';
import { benchPeriodChange, PERIOD_CHANGE_TARGET_MS } from './periodChange.mjs';

/** Targets of issue 14. */
export const ENGINE_TARGETS = {
  /** buildReport at 100 k × 60, and its ratio to DuckDB's query on the same data. */
  smallMs: 250,
  smallRatio: 0.25,
  /** buildReport at 1 M × 60, and the process's peak RSS with the data in memory. */
  largeMs: 3000,
  largePeakBytes: 1024 * MIB,
  /** buildReport + buildRevOpsReport ÷ buildReport (the CLI's `--revops` against a plain report). */
  revopsFactor: 1.3,
  /** Time at 1 M ÷ time at 100 k: linear would be 10. */
  growth: 11,
};

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

function timed(fn) {
  const started = performance.now();
  const result = fn();
  return { ms: performance.now() - started, result };
}

/**
 * One run of the engine, phase by phase, on a dataset already in memory:
 * validate (validateDataset), ledger + report (buildReportFromValid on the
 * fresh validation: it sweeps the ledger), report alone (the same call again:
 * the ledger is kept per validated dataset, so this is the report without its
 * ledger, and what a period change costs), RevOps (buildRevOpsReportFromValid,
 * which reuses the ledger). buildReport(dataset) is exactly validate then
 * buildReportFromValid, so its time is validate + ledger-and-report.
 */
function engineRun(dataset, range) {
  const cpuStarted = cpuSnapshot();
  const validate = timed(() => validateDataset(dataset));
  const first = timed(() => buildReportFromValid(validate.result, range));
  // The buildReport window's CPU: the main thread's own time, and its wait for a CPU.
  const cpu = cpuSince(cpuStarted);
  const again = timed(() => buildReportFromValid(validate.result, range));
  const revops = timed(() => buildRevOpsReportFromValid(validate.result, range));
  return {
    validate: validate.ms,
    ledger: Math.max(first.ms - again.ms, 0),
    report: again.ms,
    buildReport: validate.ms + first.ms,
    revops: revops.ms,
    withRevops: validate.ms + first.ms + revops.ms,
    cpu,
    result: first.result,
  };
}

/** JSON.parse time of the dataset as the CLI reads it, section by section (a 1 M dataset is close to V8's string limit). */
function parseRuns(dataset, runs) {
  const texts = Object.values(dataset).map((section) => JSON.stringify(section));
  const times = [];
  for (let k = 0; k < runs; k++) {
    collectGarbage();
    const started = performance.now();
    for (const text of texts) JSON.parse(text);
    times.push(performance.now() - started);
  }
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  return { medianMs: median(times), bytes };
}

async function benchSize({ customers, months, start, runs, seed }, peakRssMeter) {
  const to = monthAfter(start, months - 1);
  const range = { from: start, to };
  console.log(`\n== ${customers.toLocaleString('en')} customers × ${months} months (${start}..${to}), seed ${seed}, ${runs} runs ==`);

  let started = performance.now();
  const dataset = generateDataset({ seed, customers, months, start });
  const generateMs = performance.now() - started;
  collectGarbage();
  const datasetHeap = process.memoryUsage().heapUsed;
  console.log(
    `generated in ${formatMs(generateMs)}: ${dataset.subscriptions.length.toLocaleString('en')} subscriptions, ` +
      `${dataset.deals.length.toLocaleString('en')} deals, ${dataset.surveys.length.toLocaleString('en')} surveys; ` +
      `heap with the dataset ${(datasetHeap / MIB).toFixed(0)} MiB, RSS ${(process.memoryUsage.rss() / MIB).toFixed(0)} MiB`,
  );

  // Engine runs first, so the peak RSS is the dataset plus the engine (not the JSON text of the parse phase).
  engineRun(dataset, range); // warm-up
  collectGarbage();
  const quiet = await waitForQuietMachine();
  if (quiet.othersShare !== null) {
    console.log(
      `before the timed runs: waited ${formatMs(quiet.waitedMs)} for other processes to use < 10 % of a core ` +
        `(last second: ${(quiet.othersShare * 100).toFixed(0)} %), load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`,
    );
  }
  await peakRssMeter.reset();
  const engine = [];
  for (let k = 0; k < runs; k++) {
    collectGarbage();
    // The forced collection's sweeping runs on V8's background threads: let it end before the clock starts.
    await settle();
    engine.push(engineRun(dataset, range));
  }
  const peakRss = await peakRssMeter.peak();
  const phase = (key) => median(engine.map((run) => run[key]));
  const report = engine.at(-1).result;
  for (const run of engine) delete run.result;

  const periodChange = benchPeriodChange(dataset, range, runs);
  const parse = parseRuns(dataset, Math.min(runs, 3));

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
  const differences = compareMovements(report, sqlRows);
  console.log(`JSON.parse of the dataset's ${(parse.bytes / MIB).toFixed(0)} MiB of JSON: ${formatMs(parse.medianMs)} (median)`);
  console.log(`DuckDB load (appender + typed table, not timed): ${formatMs(loadMs)}`);
  console.log(`buildReport runs: ${engine.map((run) => formatMs(run.buildReport)).join(', ')}`);
  if (engine.every((run) => run.cpu !== null)) {
    const perRun = (key) => engine.map((run) => run.cpu[key].toFixed(0)).join(', ');
    console.log(
      `buildReport CPU per run (ms): main thread on a CPU ${perRun('mainMs')}; waiting for a CPU ${perRun('waitMs')}; ` +
        `the bench's other threads ${perRun('threadsMs')}; other processes ${perRun('othersMs')}`,
    );
  }
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
    runs,
    parseMs: parse.medianMs,
    validateMs: phase('validate'),
    ledgerMs: phase('ledger'),
    reportMs: phase('report'),
    revopsMs: phase('revops'),
    revkitMs: phase('buildReport'),
    revkitCpuMs: engine.every((run) => run.cpu !== null) ? median(engine.map((run) => run.cpu.mainMs)) : null,
    // Runs during which other processes took more than a quarter of a core: their wall time is partly theirs.
    busyRuns: engine.filter((run) => run.cpu !== null && run.cpu.othersMs > run.buildReport / 4).length,
    withRevopsMs: phase('withRevops'),
    duckdbMs: duck.medianMs,
    ratio: phase('buildReport') / duck.medianMs,
    periodChangeMs: periodChange.medianMs,
    periodChangeCpuMs: periodChange.cpuMs,
    peakRss,
    datasetHeap,
    differences,
  };
}

/** Sizes from BENCH_ENGINE_SIZES (comma-separated customer counts), else 100 k and 1 M. */
function sizesFromEnvironment() {
  const text = process.env.BENCH_ENGINE_SIZES;
  if (!text) return [100_000, 1_000_000];
  return text.split(',').map((part) => Number(part.trim().replaceAll('_', '')));
}

/**
 * Runs the engine bench: 100 k and 1 M customers × 60 months by default
 * (5 runs at up to 100 k, 3 above). Returns `{ ok }`: false only when revkit
 * and DuckDB disagree (a missed speed or memory target is printed, not failed).
 */
export async function runEngineBench({ sizes = sizesFromEnvironment(), months = 60, start = '2021-01', seed = 20261122 } = {}) {
  console.log('# Engine: the report on an in-memory dataset, phase by phase, vs DuckDB SQL of the same contract');
  const peakRss = await startPeakRssMeter(2);
  console.log(
    'Method: per run, validateDataset, then buildReportFromValid twice (the first sweeps the ledger, the second ' +
      'reuses it: ledger = first − second, report = second), then buildRevOpsReportFromValid; buildReport = ' +
      'validate + first call. Medians of 5 runs (3 at 1 M) after 1 warm-up, full GC (global.gc) before each run, ' +
      "then the clock starts once the GC's background threads are idle (at most 500 ms). CPU per run (Linux): " +
      "the main thread on a CPU and waiting for one, the bench process's other threads, other processes. " +
      'parse: JSON.parse of the dataset as JSON, median of up to 3 runs. DuckDB: median of the same number of runs ' +
      'of the movements query only (after 1 warm-up, data already loaded, 2 threads). Peak RSS: ' +
      `${peakRss.method} during the timed engine runs (includes the dataset and Node itself).`,
  );
  const results = [];
  try {
    for (const customers of sizes) {
      results.push(await benchSize({ customers, months, start, runs: customers > 100_000 ? 3 : 5, seed }, peakRss));
      collectGarbage();
    }
  } finally {
    await peakRss.stop();
  }

  const size = (r) => `${r.customers.toLocaleString('en')} × ${r.months}`;
  console.log('\n## Phases (medians)');
  printTable(
    ['customers × months', 'parse', 'validate', 'ledger', 'report', 'buildReport', 'RevOps', 'with RevOps', 'DuckDB', 'revkit ÷ DuckDB', 'peak RSS', 'agree'],
    results.map((r) => [
      size(r),
      formatMs(r.parseMs),
      formatMs(r.validateMs),
      formatMs(r.ledgerMs),
      formatMs(r.reportMs),
      formatMs(r.revkitMs),
      formatMs(r.revopsMs),
      formatMs(r.withRevopsMs),
      formatMs(r.duckdbMs),
      r.ratio.toFixed(2),
      `${(r.peakRss / MIB).toFixed(0)} MiB`,
      r.differences.length === 0 ? 'yes' : `NO (${r.differences.length})`,
    ]),
  );

  const verdict = (pass) => (pass ? 'PASS' : 'MISS');
  const small = results.find((r) => r.customers === 100_000);
  const large = results.find((r) => r.customers === 1_000_000);
  // The wall time, and beside it what of it was the engine's own work (Linux).
  const withCpu = (r) => {
    if (r.revkitCpuMs === null) return formatMs(r.revkitMs);
    const busy = r.busyRuns > 0 ? `; ${r.busyRuns} of ${r.runs} runs beside other processes` : '';
    return `${formatMs(r.revkitMs)} (main thread CPU ${formatMs(r.revkitCpuMs)}${busy})`;
  };
  const rows = [];
  if (small) {
    rows.push([`buildReport ${size(small)}`, withCpu(small), `≤ ${formatMs(ENGINE_TARGETS.smallMs)}`, verdict(small.revkitMs <= ENGINE_TARGETS.smallMs)]);
    rows.push([`revkit ÷ DuckDB ${size(small)}`, small.ratio.toFixed(2), `≤ ${ENGINE_TARGETS.smallRatio}`, verdict(small.ratio <= ENGINE_TARGETS.smallRatio)]);
  }
  if (large) {
    rows.push([`buildReport ${size(large)}`, withCpu(large), `≤ ${formatMs(ENGINE_TARGETS.largeMs)}`, verdict(large.revkitMs <= ENGINE_TARGETS.largeMs)]);
    rows.push([
      `peak RSS ${size(large)} (data included)`,
      `${(large.peakRss / MIB).toFixed(0)} MiB`,
      '≤ 1024 MiB',
      verdict(large.peakRss <= ENGINE_TARGETS.largePeakBytes),
    ]);
  }
  for (const r of results) {
    const factor = r.withRevopsMs / r.revkitMs;
    rows.push([`with RevOps ÷ plain ${size(r)}`, `${factor.toFixed(2)}×`, `≤ ${ENGINE_TARGETS.revopsFactor}×`, verdict(factor <= ENGINE_TARGETS.revopsFactor)]);
  }
  if (small) {
    rows.push([
      `period change ${size(small)} (wall; CPU ${formatMs(small.periodChangeCpuMs)})`,
      formatMs(small.periodChangeMs),
      `≤ ${formatMs(PERIOD_CHANGE_TARGET_MS)}`,
      verdict(small.periodChangeMs <= PERIOD_CHANGE_TARGET_MS),
    ]);
  }
  if (small && large) {
    const growth = large.revkitMs / small.revkitMs;
    rows.push(['growth 100 k → 1 M (buildReport)', `${growth.toFixed(1)}×`, `≤ ${ENGINE_TARGETS.growth}×`, verdict(growth <= ENGINE_TARGETS.growth)]);
  }
  const agree = results.every((r) => r.differences.length === 0);
  rows.push(['figures agree with DuckDB (all sizes)', agree ? 'yes' : 'no', 'yes', verdict(agree)]);
  console.log('\n## Targets');
  printTable(['target', 'measured', 'goal', 'result'], rows);
  return { name: 'engine', ok: agree, results };
}
