// Timing and memory helpers shared by every bench module.
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers';
import { Worker } from 'node:worker_threads';

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
