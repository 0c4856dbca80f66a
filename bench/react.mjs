// The React kit's figures for `pnpm bench` (issue 4, "Size and speed"): what a
// user's bundler ships for one import, and render/update times in Chromium.
import { existsSync } from 'node:fs';
import { measureRenderSpeed } from '../packages/react/scripts/render-speed.mjs';
import { chromiumExecutablePath } from '../scripts/chromium.mjs';
import { measureReactBundleSize } from './bundle-size.mjs';

const RENDER_BUDGET_MS = 50;
const UPDATE_BUDGET_MS = 16;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** Prints bundle sizes and Chromium render speeds; never fails on a missed target. */
export async function runReactBench() {
  console.log('\n@revkit/react: minified + gzipped, react external');
  for (const entry of await measureReactBundleSize()) {
    console.log(`  ${entry.name.padEnd(22)} ${kB(entry.gzipped).padStart(10)} gz  (budget ${kB(entry.budget)})  ${verdict(entry.withinBudget)}`);
  }
  const chromium = chromiumExecutablePath;
  if (!existsSync(chromium)) {
    console.log(`  render speed: skipped, no Chromium at ${chromium} (apt-get install chromium)`);
    return { name: 'react', ok: true };
  }
  const speed = await measureRenderSpeed({ executablePath: chromium });
  console.log('\n@revkit/react in Chromium: median render (React + DOM commit), the style and layout after it (no target yet), and focus update');
  for (const [name, result] of [
    ['CohortChart', speed.cohortChart],
    ['CohortChart 60 mo', speed.cohortChart60],
    ['MrrMovementsChart', speed.mrrMovementsChart],
  ]) {
    console.log(
      `  ${name.padEnd(18)} ${String(result.items).padStart(5)} items  render ${result.renderMs.toFixed(1)} ms (< ${RENDER_BUDGET_MS}) ${verdict(result.renderMs < RENDER_BUDGET_MS)}` +
        `  then style+layout ${result.layoutMs.toFixed(1)} ms` +
        `  update ${result.focusUpdateMs.toFixed(1)} ms (< ${UPDATE_BUDGET_MS}) ${verdict(result.focusUpdateMs < UPDATE_BUDGET_MS)}`,
    );
  }
  return { name: 'react', ok: true };
}
