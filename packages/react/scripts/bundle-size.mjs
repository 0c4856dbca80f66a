#!/usr/bin/env node
// What a user's bundler ships for one import of @revkit/react, minified and
// gzipped, with react and react-dom external: measured on the built dist/
// with esbuild, checked against the budgets of issue 4. Run after `build`.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = resolve(packageDir, 'dist/index.js');

/**
 * Budgets in bytes (1 kB = 1000 bytes), minified + gzipped. `salesBoard` (issue 11) is a new measure, not a
 * raise: the three sales components alone, which carry the kit's shared frame, provider, formatters,
 * messages and visx scales (about 23 kB of it); 30 kB keeps them from growing unnoticed.
 *
 * Issue 13 (drill-down) changed two: the kit's own axes replaced @visx/axis (whose text measuring brought
 * a CSS calc() evaluator), so the whole kit went from 44.9 kB to 39.2 kB and its budget is lowered from
 * 45 to 42 kB; KpiCard rose from 6.0 to 6.5 kB because the one messages module every component shares
 * (English and French) gained the drill-down's words and KpiCard carries all of them. Splitting the
 * messages per component would bring it back under 6 kB.
 *
 * Issues 12 and 14 (3 December 2026) raised `all` to 42.5 kB, still under issue 4's 45 kB: the kit
 * now carries core's light exact bridge for any range inside the report (integer apportioning and
 * rounding), the bridge steps' drill-down selection from core, and charts that measure their box before
 * drawing once; together 42.02 kB, where trimming further meant repeating core's rules in React.
 *
 * The same day, core's display functions began checking their arguments (a plain-JavaScript caller gets
 * `periodChange: input must be an object, got null`, not a TypeError from inside): the checks and the
 * value description they print (control characters escaped) add about 0.5 kB to KpiCard (6.24 → 6.76 kB)
 * and 0.9 kB to the kit (42.15 → 43.01 kB). KpiCard's budget is 7 kB and the kit's 43.5 kB, still under
 * issue 4's 45 kB; splitting the messages per component (8.9 kB minified in KpiCard) is the way back down.
 */
export const BUNDLE_BUDGETS = Object.freeze({ KpiCard: 7000, salesBoard: 30000, all: 43500 });

const CASES = [
  { name: 'KpiCard', source: `export { KpiCard } from ${JSON.stringify(entry)};` },
  // The sales board of issue 11 on its own: PipelineChart, ForecastChart and RepLeaderboard.
  { name: 'salesBoard', source: `export { PipelineChart, ForecastChart, RepLeaderboard } from ${JSON.stringify(entry)};` },
  { name: 'all', source: `export * from ${JSON.stringify(entry)};` },
];

/**
 * Bundles each case from dist/ and returns its minified and gzipped sizes.
 * @returns {Promise<{ name: string, minified: number, gzipped: number, budget: number, withinBudget: boolean }[]>}
 */
export async function measureBundleSizes() {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`pnpm --filter @revkit/react build\` first`);
  const results = [];
  for (const { name, source } of CASES) {
    const output = await build({
      stdin: { contents: source, resolveDir: packageDir, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/*'],
      // Bundlers drop module directives when they bundle; that is expected here.
      logOverride: { 'unsupported-directive': 'silent' },
      logLevel: 'error',
    });
    const code = output.outputFiles[0].contents;
    const gzipped = gzipSync(code, { level: 9 }).length;
    const budget = BUNDLE_BUDGETS[name];
    results.push({ name, minified: code.length, gzipped, budget, withinBudget: gzipped <= budget });
  }
  return results;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await measureBundleSizes();
  for (const result of results) {
    console.log(
      `${result.withinBudget ? 'ok  ' : 'OVER'} @revkit/react ${result.name.padEnd(10)} ${kB(result.gzipped).padStart(9)} gzip (budget ${kB(result.budget)}), ${kB(result.minified)} minified`,
    );
  }
  if (results.some((result) => !result.withinBudget)) {
    console.error('bundle size over budget');
    process.exitCode = 1;
  }
}
