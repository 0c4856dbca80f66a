#!/usr/bin/env node
// Render and focus-update times of the two biggest charts in real Chromium
// (issue 4, "Size and speed"): CohortChart with 120 cohorts (7 380 cells),
// CohortChart over 60 months (the 1 M-customer dashboard case of issue 14:
// 60 cohorts, 1 890 cells) and MrrMovementsChart with 120 months, on reports
// of the engine over generated sample data, React in production mode, from
// the built dist/ (or the folder in REVKIT_REACT_DIST, to compare builds).
// "Render" is the first render and its commit into the DOM (flushSync); the
// browser's style and layout of the new nodes (with the kit's stylesheet),
// which come after it before the first paint, are timed apart ("layout").
// "Focus update" is one focus move, by the arrow keys in the cohort grid.
// Needs Debian's /usr/bin/chromium and playwright-core; prints figures and
// checks nothing (timing is for `pnpm bench`, not a unit test).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../../../scripts/chromium.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const PAGE_SOURCE = `
import { buildReport } from '@revkit/core';
import { generateDataset } from '@revkit/sample-data';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CohortChart, MrrMovementsChart } from '__DIST__/index.js';

const RUNS = 7;
// A chart mounted in a page draws once, at its width as ResizeObserver reports it (a task after the
// mount); without ResizeObserver it draws at once at its default width: the same nodes, which is what
// is timed here, synchronously, render by render.
delete window.ResizeObserver;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const report = buildReport(generateDataset({ seed: 1, customers: 3000, months: 120, start: '2016-01' }));
// The dashboard's 1 M-customer case is 60 months: its cohort grid is 60 × 60 (cohort size does not change the DOM).
const dashboard = buildReport(generateDataset({ seed: 1, customers: 3000, months: 60, start: '2021-01' }));

// How a user moves among the items, timed one move at a time: the focus jumps to an item (a
// click or a screen reader's cursor), or, in the cohort grid, whose cells get a tabindex only
// when the focus reaches them, the arrow keys move it.
const focusItems = (selector) => ({
  selector,
  start: () => {},
  move: (items, step) => items[(step * 431) % items.length].focus(),
});
const arrowKeys = (selector) => ({
  selector,
  start: (items) => items[0].focus(),
  move: (_items, step) =>
    document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: step % 2 ? 'ArrowRight' : 'ArrowDown', bubbles: true })),
});

function measure(component, data, { selector, start: startMoving, move }) {
  const renders = [];
  const layouts = [];
  let host;
  for (let run = 0; run < RUNS; run += 1) {
    host?.remove();
    host = document.createElement('div');
    host.style.width = '1200px';
    document.body.append(host);
    const root = createRoot(host);
    const start = performance.now();
    flushSync(() => root.render(createElement(component, { data })));
    renders.push(performance.now() - start);
    // What the browser does next with the new nodes before it can paint them: style and layout.
    const layoutStart = performance.now();
    void host.offsetHeight;
    layouts.push(performance.now() - layoutStart);
    if (run < RUNS - 1) root.unmount();
  }
  const items = [...host.querySelectorAll(selector)];
  flushSync(() => startMoving(items));
  const updates = [];
  for (let step = 0; step < 15; step += 1) {
    const start = performance.now();
    flushSync(() => move(items, step));
    updates.push(performance.now() - start);
  }
  // A bench whose moves went nowhere would time nothing.
  if (document.activeElement === items[0] || !host.contains(document.activeElement)) throw new Error('the focus did not move among ' + selector);
  return { items: items.length, renderMs: median(renders), layoutMs: median(layouts), focusUpdateMs: median(updates) };
}

window.__revkitRenderSpeed = {
  cohortChart: { cohorts: report.cohorts.length, ...measure(CohortChart, report.cohorts, arrowKeys('[role="gridcell"]')) },
  cohortChart60: { cohorts: dashboard.cohorts.length, ...measure(CohortChart, dashboard.cohorts, arrowKeys('[role="gridcell"]')) },
  mrrMovementsChart: { months: report.mrr.length, ...measure(MrrMovementsChart, report.mrr, focusItems('[data-rk-cell]')) },
};
`;

/**
 * Median render and focus-update times in milliseconds, in headless Chromium.
 * @param {{ executablePath?: string }} [options]
 */
export async function measureRenderSpeed({ executablePath = chromiumExecutablePath } = {}) {
  const dist = resolve(process.env.REVKIT_REACT_DIST ?? resolve(packageDir, 'dist'));
  if (!existsSync(resolve(dist, 'index.js'))) throw new Error(`${dist}/index.js is missing: build @revkit/react first`);
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    stdin: { contents: PAGE_SOURCE.replace('__DIST__', dist), resolveDir: packageDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const styles = await readFile(resolve(dist, 'styles.css'), 'utf8');
    await page.setContent(`<!doctype html><html><head><style>${styles}</style></head><body></body></html>`);
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    await page.waitForFunction(() => '__revkitRenderSpeed' in globalThis, null, { timeout: 120_000 });
    return await page.evaluate(() => globalThis.__revkitRenderSpeed);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await measureRenderSpeed();
  const line = (name, figures) =>
    `${name.padEnd(18)} ${String(figures.items).padStart(5)} items  render ${figures.renderMs.toFixed(1).padStart(6)} ms  then layout ${figures.layoutMs.toFixed(1).padStart(6)} ms  focus update ${figures.focusUpdateMs.toFixed(1).padStart(5)} ms`;
  console.log(line('CohortChart', result.cohortChart));
  console.log(line('CohortChart 60 mo', result.cohortChart60));
  console.log(line('MrrMovementsChart', result.mrrMovementsChart));
}
