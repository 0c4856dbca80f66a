// The CLI's phases on one dataset file, timed in a process of their own
// (bench/cli.mjs runs it): the streamed read (readJsonInput, as `revkit
// report` calls it), validation, then the range and the report (the parsed
// JSON let go first, as `revkit report` does). Prints each one's wall time and
// the process's CPU time (user + system, GC threads included) as JSON.
import { performance } from 'node:perf_hooks';
import { buildReportFromValid, reportRange, formatMonth, validateDataset } from '@revkit/core';
import { readJsonInput } from '../../packages/cli/dist/io.js';

const file = process.argv[2];
const io = { stdout: () => undefined, stderr: () => undefined, readStdin: () => Promise.reject(new Error('no stdin')) };
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** The read and the validation, timed; the parsed JSON is let go on return, as in `revkit report`. */
async function readValid() {
  let started = performance.now();
  let cpuStarted = cpuMs();
  const input = await readJsonInput(file, io, { maxMemory: Number.MAX_SAFE_INTEGER, advice: '' });
  if (!('json' in input)) throw new Error(`${input.path}: ${input.message}`);
  const readMs = performance.now() - started;
  const readCpuMs = cpuMs() - cpuStarted;
  started = performance.now();
  cpuStarted = cpuMs();
  const valid = validateDataset(input.json);
  return { valid, readMs, readCpuMs, validateMs: performance.now() - started, validateCpuMs: cpuMs() - cpuStarted };
}
const { valid, readMs, readCpuMs, validateMs, validateCpuMs } = await readValid();
const started = performance.now();
const cpuStarted = cpuMs();
const range = reportRange(valid, {});
buildReportFromValid(valid, { from: formatMonth(range.from), to: formatMonth(range.to) });
const reportMs = performance.now() - started;
const reportCpuMs = cpuMs() - cpuStarted;
process.stdout.write(JSON.stringify({ readMs, readCpuMs, validateMs, validateCpuMs, reportMs, reportCpuMs }));
