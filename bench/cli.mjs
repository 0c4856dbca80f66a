// CLI bench: `revkit report FILE` end to end through the real binary on a
// generated dataset file (100 k and 1 M customers × 60 months): wall time and
// peak RSS of the child process against issue 14's targets, the time of each
// phase (read, validate, report) in a second child, and the report checked
// against buildReport on the same data.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { clearInterval, setInterval } from 'node:timers';
import { isDeepStrictEqual } from 'node:util';
import { buildReport } from '@revkit/core';
import { generateDataset } from '@revkit/sample-data';
import { writeDatasetFile } from './lib/dataset-file.mjs';
import { collectGarbage, median, MIB } from './lib/measure.mjs';
import { formatMs, printTable } from './lib/table.mjs';

/** Targets of issue 14 for the CLI on the 1 M-customer file. */
export const CLI_TARGETS = { largeMs: 12_000, largePeakBytes: 1.5 * 1024 * MIB };

const CLI = fileURLToPath(new URL('../packages/cli/bin/revkit.js', import.meta.url));
const PHASES = fileURLToPath(new URL('./lib/cli-phases.mjs', import.meta.url));
/** GNU time reports a child's peak RSS exactly (from wait4); without it, /proc is sampled. */
const GNU_TIME = '/usr/bin/time';

/**
 * Runs `node args…` and resolves with its exit status, stdout, stderr, wall
 * time, CPU time (user + system, GNU time's; else NaN) and peak RSS (GNU
 * time's maximum resident set size, else the last VmHWM read from /proc every
 * 20 ms). On a shared machine the CPU time is the steadier figure.
 */
function runMeasured(args) {
  const folder = mkdtempSync(join(tmpdir(), 'revkit-bench-time-'));
  const timeFile = join(folder, 'time.txt');
  const useTime = existsSync(GNU_TIME);
  const [command, commandArgs] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    let stderr = '';
    let sampledPeak = 0;
    const sampler = useTime
      ? undefined
      : setInterval(() => {
          try {
            const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (kib) sampledPeak = Math.max(sampledPeak, Number(kib[1]) * 1024);
          } catch {
            // The process has just ended.
          }
        }, 20);
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => void (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = performance.now() - started;
      if (sampler) clearInterval(sampler);
      let peakRss = sampledPeak;
      let cpuMs = Number.NaN;
      if (useTime) {
        const measured = /^(\d+) ([\d.]+) ([\d.]+)\s*$/m.exec(readFileSync(timeFile, 'utf8'));
        peakRss = measured ? Number(measured[1]) * 1024 : Number.NaN;
        if (measured) cpuMs = (Number(measured[2]) + Number(measured[3])) * 1000;
      }
      rmSync(folder, { recursive: true, force: true });
      resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr, ms, cpuMs, peakRss });
    });
  });
}

/** Writes the generated dataset to `file`; returns its size and buildReport's figures for it (the dataset itself is let go). */
function writeDataset(file, options) {
  let started = performance.now();
  const dataset = generateDataset(options);
  const bytes = writeDatasetFile(file, dataset);
  console.log(`generated and written in ${formatMs(performance.now() - started)}: ${(bytes / MIB).toFixed(0)} MiB`);
  started = performance.now();
  const expected = JSON.parse(JSON.stringify(buildReport(dataset)));
  console.log(`buildReport in the bench process (the expected figures): ${formatMs(performance.now() - started)}`);
  return { bytes, expected };
}

async function benchSize({ customers, months, start, runs, seed }, folder) {
  console.log(`\n== ${customers.toLocaleString('en')} customers × ${months} months from ${start}, seed ${seed}, ${runs} runs ==`);
  const file = join(folder, `dataset-${customers}.json`);
  const { bytes, expected } = writeDataset(file, { seed, customers, months, start });
  collectGarbage();

  const times = [];
  const cpuTimes = [];
  const peaks = [];
  let agree = true;
  for (let k = 0; k < runs; k++) {
    const run = await runMeasured([CLI, 'report', file]);
    if (run.status !== 0) {
      console.log(`revkit report exited with ${run.status}: ${run.stderr.slice(0, 500)}`);
      agree = false;
      break;
    }
    const same = isDeepStrictEqual(JSON.parse(run.stdout), expected);
    if (!same) console.log('MISMATCH: the binary\'s report differs from buildReport on the same data');
    agree &&= same;
    times.push(run.ms);
    cpuTimes.push(run.cpuMs);
    peaks.push(run.peakRss);
  }
  console.log(`runs: ${times.map(formatMs).join(', ')}; CPU ${cpuTimes.map(formatMs).join(', ')}; peak RSS ${peaks.map((peak) => `${(peak / MIB).toFixed(0)} MiB`).join(', ')}`);

  // The phases, once, in a child of their own: where the time goes.
  const phasesRun = await runMeasured([PHASES, file]);
  const phases = phasesRun.status === 0 ? JSON.parse(phasesRun.stdout) : undefined;
  if (!phases) console.log(`phases: failed (${phasesRun.stderr.slice(0, 300)})`);
  rmSync(file, { force: true });
  return { customers, months, bytes, ms: median(times), cpuMs: median(cpuTimes), peakRss: median(peaks), phases, agree: agree && times.length === runs };
}

/**
 * Runs the CLI bench: 100 k and 1 M customers × 60 months by default (sizes
 * from BENCH_CLI_SIZES, e.g. `100000`), 3 runs each. Returns `{ ok }`: false
 * only when the binary fails or its report differs from buildReport (a missed
 * target is printed as MISS).
 */
export async function runCliBench({ sizes = (process.env.BENCH_CLI_SIZES ?? '100000,1000000').split(',').map(Number), months = 60, start = '2021-01', seed = 20261122 } = {}) {
  console.log('# CLI: revkit report FILE end to end through the binary, on a generated dataset file');
  console.log(
    'Method: the dataset is written as compact JSON to a temporary file; `node packages/cli/bin/revkit.js report FILE` ' +
      `runs 3 times as a child process: wall time from spawn to exit, ` +
      `${existsSync(GNU_TIME) ? 'CPU time (user + system) and peak RSS from GNU time (%U %S %M)' : 'peak RSS from /proc/PID/status VmHWM sampled every 20 ms'}; ` +
      'medians. Each report must equal buildReport on the same data. Phases: one more child times readJsonInput (the ' +
      'streamed read), validateDataset and reportRange + buildReportFromValid, wall and CPU time of the process (GC threads included).',
  );
  const folder = mkdtempSync(join(tmpdir(), 'revkit-bench-cli-'));
  const results = [];
  try {
    for (const customers of sizes) results.push(await benchSize({ customers, months, start, runs: 3, seed }, folder));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const size = (r) => `${r.customers.toLocaleString('en')} × ${r.months}`;
  const phase = (r, key) => (r.phases ? `${formatMs(r.phases[key])} (CPU ${formatMs(r.phases[key.replace('Ms', 'CpuMs')])})` : '-');
  console.log('\n## End to end (medians) and phases (one run)');
  printTable(
    ['customers × months', 'file', 'wall', 'CPU', 'peak RSS', 'read', 'validate', 'report', 'agree'],
    results.map((r) => [
      size(r),
      `${(r.bytes / MIB).toFixed(0)} MiB`,
      formatMs(r.ms),
      Number.isNaN(r.cpuMs) ? '-' : formatMs(r.cpuMs),
      `${(r.peakRss / MIB).toFixed(0)} MiB`,
      phase(r, 'readMs'),
      phase(r, 'validateMs'),
      phase(r, 'reportMs'),
      r.agree ? 'yes' : 'NO',
    ]),
  );
  const verdict = (pass) => (pass ? 'PASS' : 'MISS');
  const rows = [];
  const large = results.find((r) => r.customers === 1_000_000);
  if (large) {
    rows.push([`revkit report ${size(large)} end to end`, formatMs(large.ms), `≤ ${formatMs(CLI_TARGETS.largeMs)}`, verdict(large.ms <= CLI_TARGETS.largeMs)]);
    rows.push([`peak RSS ${size(large)}`, `${(large.peakRss / MIB).toFixed(0)} MiB`, `≤ ${CLI_TARGETS.largePeakBytes / MIB} MiB`, verdict(large.peakRss <= CLI_TARGETS.largePeakBytes)]);
  }
  const agree = results.every((r) => r.agree);
  rows.push(['reports equal buildReport (all sizes)', agree ? 'yes' : 'no', 'yes', verdict(agree)]);
  console.log('\n## Targets');
  printTable(['target', 'measured', 'goal', 'result'], rows);
  return { name: 'cli', ok: agree, results };
}
