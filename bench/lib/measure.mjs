// Timing and memory helpers shared by every bench module.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers';
import { Worker } from 'node:worker_threads';

/** A /proc file's text, or null where there is none (not Linux). */
const readProc = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** The median of a list of numbers (mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Forces a full collection when node runs with --expose-gc (the bench script does). */
export function collectGarbage() {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
  }
}

/**
 * Samples the process RSS from a worker thread every `intervalMs`. RSS is
 * process-wide, so the worker sees the main thread's allocations even while
 * a synchronous call (buildReport) blocks the main event loop, which a timer
 * on the main thread could not.
 */
export async function startRssSampler(intervalMs = 2) {
  // [0] peak RSS in bytes since the last reset, [1] reset request flag.
  const shared = new Float64Array(new SharedArrayBuffer(16));
  const worker = new Worker(new URL('./rss-sampler-worker.mjs', import.meta.url), {
    workerData: { buffer: shared.buffer, intervalMs },
  });
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const waitForSample = () => new Promise((resolve) => setTimeout(resolve, intervalMs * 3));
  return {
    /** Starts a new peak window at the current RSS. */
    async reset() {
      shared[1] = 1;
      await waitForSample();
    },
    /** Peak RSS in bytes since the last reset (waits for one more sample). */
    async peak() {
      await waitForSample();
      return Math.max(shared[0], process.memoryUsage.rss());
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/**
 * Peak process RSS over windows (`reset()`, then `peak()`). On Linux it is the
 * kernel's own high-water mark (VmHWM, restarted by writing 5 to
 * /proc/self/clear_refs): exact, where a sampler can miss a short peak, and
 * no thread waking every few ms beside the timed runs on a 2-core machine.
 * Elsewhere it falls back to {@link startRssSampler}. `method` says which.
 */
export async function startPeakRssMeter(intervalMs = 2) {
  const highWaterMark = () => {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readProc('/proc/self/status') ?? '');
    return match ? Number(match[1]) * 1024 : null;
  };
  const restartHighWaterMark = () => {
    try {
      writeFileSync('/proc/self/clear_refs', '5');
      return true;
    } catch {
      return false;
    }
  };
  if (highWaterMark() !== null && restartHighWaterMark()) {
    return {
      method: "the kernel's peak RSS of the process (VmHWM, restarted before the runs)",
      async reset() {
        restartHighWaterMark();
      },
      async peak() {
        return Math.max(highWaterMark() ?? 0, process.memoryUsage.rss());
      },
      async stop() {},
    };
  }
  const sampler = await startRssSampler(intervalMs);
  return { method: `process RSS sampled every ${intervalMs} ms by a worker thread`, ...sampler };
}

/** Runs an async function `warmups` times untimed, then `runs` times timed (wall time). */
export async function measureAsyncRuns(fn, { warmups = 1, runs = 5 } = {}) {
  for (let k = 0; k < warmups; k++) await fn();
  const times = [];
  let result;
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    result = await fn();
    times.push(performance.now() - started);
  }
  return { times, medianMs: median(times), result };
}

export const MIB = 2 ** 20;

// Linux's per-thread and machine CPU accounting. On a 2-core machine a run's
// wall time is the main thread's CPU time plus the time it waited for a CPU
// (the bench's own GC and compiler threads, other processes): these split a
// slow run into the two. Null where /proc is not Linux's.
// /proc/stat counts in USER_HZ ticks, 100 a second on Linux.
const PROC_STAT_TICK_MS = 10;

/** A CPU snapshot for {@link cpuSince}: main thread (this one), whole process, whole machine. */
export function cpuSnapshot() {
  const schedstat = readProc('/proc/thread-self/schedstat');
  const stat = readProc('/proc/stat');
  const cpu = process.cpuUsage();
  if (schedstat === null || stat === null) return null;
  const [onCpuNs, waitNs] = schedstat.split(' ').map(Number);
  // First line: cpu user nice system idle iowait irq softirq steal …
  const ticks = stat.slice(0, stat.indexOf('\n')).split(/\s+/).slice(1).map(Number);
  const idle = ticks[3] + (ticks[4] ?? 0);
  const busy = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0) - idle;
  return { mainMs: onCpuNs / 1e6, waitMs: waitNs / 1e6, processMs: (cpu.user + cpu.system) / 1000, machineMs: busy * PROC_STAT_TICK_MS };
}

/**
 * CPU use since a {@link cpuSnapshot}: `mainMs` the main thread on a CPU,
 * `waitMs` the main thread runnable but waiting for a CPU, `threadsMs` the
 * process's other threads (GC, compiler, workers), `othersMs` every other
 * process (10 ms ticks: ± 20 ms). Null where unavailable.
 */
export function cpuSince(start) {
  const end = cpuSnapshot();
  if (start === null || end === null) return null;
  const processMs = end.processMs - start.processMs;
  const mainMs = end.mainMs - start.mainMs;
  return {
    mainMs,
    waitMs: end.waitMs - start.waitMs,
    threadsMs: Math.max(processMs - mainMs, 0),
    othersMs: Math.max(end.machineMs - start.machineMs - processMs, 0),
  };
}

/**
 * Waits until the process's other threads are idle (less than 0.5 ms of CPU
 * in 10 ms), at most `maxMs`. After a forced full GC, V8 sweeps and releases
 * memory on its background threads: without this the timed run competes
 * with the bench's own collection for the second core. Returns the wait in ms.
 */
export async function settle(maxMs = 500) {
  const started = performance.now();
  let last = cpuSnapshot();
  if (last === null) return 0;
  while (performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = cpuSnapshot();
    const threadsMs = now.processMs - last.processMs - (now.mainMs - last.mainMs);
    last = now;
    if (threadsMs < 0.5) break;
  }
  return performance.now() - started;
}

/**
 * Waits until the other processes of the machine use less than `maxShare`
 * of one core over `windowMs`, at most `maxMs`: a timed run competes with
 * them for the 2 cores, and a full `pnpm bench` often starts on the tail of
 * other work. Returns the wait and the other processes' share of a core in
 * the last window (null where /proc is not Linux's).
 */
export async function waitForQuietMachine({ maxShare = 0.1, windowMs = 1000, maxMs = 30_000 } = {}) {
  const started = performance.now();
  let othersShare = null;
  for (;;) {
    const before = cpuSnapshot();
    if (before === null) return { waitedMs: 0, othersShare };
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    othersShare = cpuSince(before).othersMs / windowMs;
    if (othersShare < maxShare || performance.now() - started >= maxMs) break;
  }
  return { waitedMs: performance.now() - started, othersShare };
}
