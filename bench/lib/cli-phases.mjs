// The CLI's phases on one dataset file, timed in a process of their own
// (bench/cli.mjs runs it): the streamed read (readJsonInput, as `revkit
// report` calls it), validation, then the report. Prints them as JSON.
import { performance } from 'node:perf_hooks';
import { buildReportFromValid, reportRange, formatMonth, validateDataset } from '@revkit/core';
import { readJsonInput } from '../../packages/cli/dist/io.js';

const file = process.argv[2];
const io = { stdout: () => undefined, stderr: () => undefined, readStdin: () => Promise.reject(new Error('no stdin')) };
let started = performance.now();
const input = await readJsonInput(file, io, { maxMemory: Number.MAX_SAFE_INTEGER, advice: '' });
if (!('json' in input)) throw new Error(`${input.path}: ${input.message}`);
const readMs = performance.now() - started;
started = performance.now();
const valid = validateDataset(input.json);
const validateMs = performance.now() - started;
started = performance.now();
const range = reportRange(valid, {});
buildReportFromValid(valid, { from: formatMonth(range.from), to: formatMonth(range.to) });
const reportMs = performance.now() - started;
process.stdout.write(JSON.stringify({ readMs, validateMs, reportMs }));
