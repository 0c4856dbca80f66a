// Period change bench (issue 14, "Dashboard"): on a dataset already validated
// and reported, a new period asks for its report and RevOps report and for
// those of the period of the same length just before it, as the example
// dashboard's worker does (examples/dashboard/src/data/dataset.ts,
// buildPeriodReports). Target: ≤ 100 ms at 100 k customers × 60 months.
import { performance } from 'node:perf_hooks';
import { buildRevOpsReportFromValid, buildReportFromValid, formatMonth, parseMonth, validateDataset } from '@revkit/core';
import { collectGarbage, median } from './lib/measure.mjs';
import { formatMs } from './lib/table.mjs';

/** ≤ 100 ms for a period change at 100 k customers × 60 months. */
export const PERIOD_CHANGE_TARGET_MS = 100;

/** The periods shown one after the other after the whole range: a range inside it, then one ending at another month. */
const PERIODS = [
  { from: '2022-03', to: '2023-07' },
  { from: '2024-04', to: '2025-03' },
];

/** The reports the dashboard builds for a period: the period's, then the previous period's (when the data reaches it). */
function periodReports(valid, period, firstMonth) {
  const from = parseMonth(period.from);
  const length = parseMonth(period.to) - from + 1;
  buildReportFromValid(valid, period);
  buildRevOpsReportFromValid(valid, period);
  if (from - 1 < firstMonth) return;
  const previous = { from: formatMonth(from - length), to: formatMonth(from - 1) };
  buildReportFromValid(valid, previous);
  buildRevOpsReportFromValid(valid, previous);
}

/**
 * Per run: a fresh validation and the whole range's reports (the load, not
 * timed), then each period of {@link PERIODS} in turn, timed in wall time and
 * in the process's CPU time (all threads; a busy machine inflates it much
 * less). Returns the medians of every change of every run, and per period.
 */
export function benchPeriodChange(dataset, range, runs) {
  const firstMonth = parseMonth(range.from);
  const times = PERIODS.map(() => []);
  const cpuTimes = PERIODS.map(() => []);
  for (let k = 0; k <= runs; k++) {
    collectGarbage();
    const valid = validateDataset(dataset);
    buildReportFromValid(valid, range);
    buildRevOpsReportFromValid(valid, range);
    PERIODS.forEach((period, i) => {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      periodReports(valid, period, firstMonth);
      // The first run warms up.
      if (k > 0) {
        times[i].push(performance.now() - started);
        const cpu = process.cpuUsage(cpuStarted);
        cpuTimes[i].push((cpu.user + cpu.system) / 1000);
      }
    });
  }
  const perPeriod = PERIODS.map((period, i) => ({ ...period, medianMs: median(times[i]), times: times[i], cpuMs: median(cpuTimes[i]) }));
  console.log(
    `period change (report + RevOps, and the previous period's, after ${range.from}..${range.to}): ` +
      perPeriod.map((p) => `${p.from}..${p.to} median ${formatMs(p.medianMs)} (${p.times.map(formatMs).join(', ')}), CPU ${formatMs(p.cpuMs)}`).join('; '),
  );
  return { medianMs: median(times.flat()), cpuMs: median(cpuTimes.flat()), perPeriod };
}
