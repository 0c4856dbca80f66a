// Keeps the peak process RSS in shared memory; see startRssSampler in measure.mjs.
import { setInterval } from 'node:timers';
import { parentPort, workerData } from 'node:worker_threads';

const shared = new Float64Array(workerData.buffer);
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (shared[1] === 1) {
    shared[1] = 0;
    shared[0] = rss;
  } else if (rss > shared[0]) {
    shared[0] = rss;
  }
};
sample();
setInterval(sample, workerData.intervalMs);
parentPort.postMessage('ready');
