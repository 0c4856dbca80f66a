// The dashboard's first load for `pnpm bench` (issue 14, "First load"):
// Lighthouse 12 on the built dashboard as `npm start` serves it (no
// compression), desktop and mobile presets, medians of several runs.
//
//   REVKIT_BENCH=lighthouse pnpm bench            # this bench alone
//   LIGHTHOUSE_RUNS=5 REVKIT_BENCH=lighthouse pnpm --filter @revkit/bench run bench
//   LIGHTHOUSE_PRESETS=mobile …                    # one preset
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutablePath } from '../scripts/chromium.mjs';
import { median } from './lib/measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** `LIGHTHOUSE_PRESETS=mobile` runs one preset only. */
const PRESETS = (process.env.LIGHTHOUSE_PRESETS ?? 'desktop,mobile').split(',').map((name) => name.trim()).filter((name) => name === 'desktop' || name === 'mobile');
/** Chromium's flags for Lighthouse (it adds its own for a clean profile). */
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu';

/** Issue 14's goals for each preset: a score at least, metrics at most. */
const GOALS = {
  desktop: { performance: 95, cls: 0.05 },
  mobile: { performance: 80, tbtMs: 200 },
};

const verdict = (ok) => (ok ? 'PASS' : 'MISS');

/** Serves the built dashboard with the quick start's server (`npm start`: plain files, no compression). */
async function serveDashboard() {
  const child = spawn(process.execPath, [join(root, 'scripts', 'main.mjs')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(4300 + Math.floor(Math.random() * 500)) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /revkit dashboard: http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve(`http://127.0.0.1:${match[1]}/`);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`scripts/main.mjs exited with ${code}:\n${output}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** One Lighthouse run (performance only): the score and the metrics in ms (CLS unitless). */
function runLighthouse(binary, url, preset) {
  const profile = mkdtempSync(join(tmpdir(), 'revkit-lighthouse-'));
  const args = [binary, url, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${CHROME_FLAGS}`];
  if (preset === 'desktop') args.push('--preset=desktop');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromiumExecutablePath, HOME: profile, XDG_CONFIG_HOME: join(profile, 'config'), XDG_CACHE_HOME: join(profile, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('exit', (code) => {
      rmSync(profile, { recursive: true, force: true });
      if (code !== 0) {
        reject(new Error(`lighthouse exited with ${code}:\n${stderr.slice(-2000)}`));
        return;
      }
      const lhr = JSON.parse(stdout);
      const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
      if (lhr.runtimeError) reject(new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`));
      else
        resolve({
          performance: Math.round((lhr.categories.performance.score ?? Number.NaN) * 100),
          fcpMs: audit('first-contentful-paint'),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          siMs: audit('speed-index'),
          // Lighthouse's own measure of the machine's speed during the run (higher is faster).
          benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
        });
    });
  });
}

/** Runs Lighthouse on the served dashboard and prints each preset's medians next to its goals. */
export async function runLighthouseBench() {
  console.log(`\nexamples/dashboard first load: Lighthouse, median of ${RUNS} runs per preset, served by scripts/main.mjs (no compression)`);
  const require = createRequire(import.meta.url);
  let binary;
  try {
    binary = join(dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');
  } catch {
    console.log('  skipped: lighthouse is not installed (pnpm install)');
    return { name: 'lighthouse', ok: true };
  }
  if (!existsSync(chromiumExecutablePath)) {
    console.log(`  skipped: no Chromium at ${chromiumExecutablePath} (apt-get install chromium)`);
    return { name: 'lighthouse', ok: true };
  }
  if (!existsSync(join(root, 'examples', 'dashboard', 'dist', 'index.html'))) {
    console.log('  skipped: the dashboard is not built (pnpm turbo run build --filter=@revkit/example-dashboard...)');
    return { name: 'lighthouse', ok: true };
  }
  const server = await serveDashboard();
  try {
    for (const preset of PRESETS) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await runLighthouse(binary, server.url, preset));
      const mid = (key) => median(runs.map((result) => result[key]));
      const goals = GOALS[preset];
      const performance = mid('performance');
      const cls = mid('cls');
      const tbt = mid('tbtMs');
      const line = [
        `  ${preset.padEnd(8)} performance ${String(performance).padStart(3)} (≥ ${goals.performance}) ${verdict(performance >= goals.performance)}`,
        goals.cls === undefined ? `CLS ${cls.toFixed(3)}` : `CLS ${cls.toFixed(3)} (< ${goals.cls}) ${verdict(cls < goals.cls)}`,
        goals.tbtMs === undefined ? `TBT ${Math.round(tbt)} ms` : `TBT ${Math.round(tbt)} ms (< ${goals.tbtMs}) ${verdict(tbt < goals.tbtMs)}`,
        `FCP ${(mid('fcpMs') / 1000).toFixed(1)} s`,
        `LCP ${(mid('lcpMs') / 1000).toFixed(1)} s`,
        `SI ${(mid('siMs') / 1000).toFixed(1)} s`,
        `benchmarkIndex ${Math.round(mid('benchmarkIndex'))}`,
      ];
      console.log(line.join('  '));
      console.log(`           runs: ${runs.map((result) => `${result.performance} (LCP ${(result.lcpMs / 1000).toFixed(1)} s, TBT ${Math.round(result.tbtMs)} ms, CLS ${result.cls.toFixed(3)})`).join(', ')}`);
    }
  } finally {
    server.stop();
  }
  return { name: 'lighthouse', ok: true };
}
