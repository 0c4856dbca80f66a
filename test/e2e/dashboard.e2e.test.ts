import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type ConsoleLog, type TestBrowser } from './support/browser.js';
import { buildReport } from '@revkit/core';
import { defaultDataset } from '@revkit/sample-data';
import { badDatasetIssues, badDatasetText, largeDatasetFile, otherDataset, parseCompactMoney, sampleLastMonths, sampleRevOps } from './support/datasets.js';
import { repoRoot, startDashboard, type RunningServer } from './support/servers.js';

/** A file is read, parsed, validated and reported in the data worker: seconds on a busy machine, not expect.poll's default second. */
const FILE_LOAD = { timeout: 15_000 };
/** A chart draws its marks once the browser reports its width (as it nears the screen): a frame or so, longer on a busy machine. */
const CHART_DRAW = { timeout: 5_000 };

const ARTIFACTS = join(repoRoot, 'test', 'e2e', 'artifacts');

/** Every KPI card the dashboard shows, by its English label. */
const KPI_LABELS = [
  'MRR',
  'ARR',
  'Net new MRR',
  'Net revenue retention',
  'Customer churn',
  'ARPA',
  'CLV:CAC',
  'Quick ratio',
  'Win rate',
  'Sales cycle',
  'Average deal size',
  'Pipeline velocity (per day)',
  /^Open pipeline as of end of [A-Z][a-z]{2} \d{4}$/,
  'CSAT',
  'NPS',
  'Customer effort (CES)',
];

/** Every chart, by its accessible name (the figure's title). */
const CHART_TITLES = ['MRR', 'MRR movements', 'MRR bridge', 'Cohort retention', 'Conversion funnel', 'Bookings against forecast', 'MRR against forecast', 'Sales reps'];

let server: RunningServer;
let chromium: TestBrowser;
let browser: Browser;

beforeAll(async () => {
  [server, chromium] = await Promise.all([startDashboard(), launchBrowser()]);
  browser = chromium.browser;
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

/** Opens the dashboard (optionally with a query string) and waits for its figures. */
async function openDashboard(query = '', options: Parameters<typeof openPage>[1] = {}): Promise<{ page: Page; log: ConsoleLog; close: () => Promise<void> }> {
  const { context, page, log } = await openPage(browser, options);
  await page.goto(new URL(query, server.url).href);
  await kpiValue(page, 'MRR').waitFor();
  // Any language: wait for the bridge's bars, not its title.
  await page.locator('.rk-waterfall .rk-step').first().waitFor();
  // The sections below the first screen are drawn in a task of their own: wait for them too.
  await page.locator('main#dashboard:not([aria-busy])').waitFor();
  return { page, log, close: () => context.close() };
}

function kpi(page: Page, label: string | RegExp): Locator {
  return page.getByRole('group', { name: label, exact: true });
}

function kpiValue(page: Page, label: string | RegExp): Locator {
  return kpi(page, label).locator('.rk-kpi-value');
}

function chart(page: Page, title: string): Locator {
  return page.getByRole('figure', { name: title, exact: true });
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 150): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return presses;
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

/** The focused cohort cell: its grid position, its figure and its row's header. */
async function focusedCohortCell(page: Page): Promise<{ position: string; text: string; row: string }> {
  return page.evaluate(() => {
    const cell = document.activeElement;
    return {
      position: cell?.getAttribute('data-rk-cell') ?? '',
      text: cell?.textContent ?? '',
      row: cell?.closest('tr')?.querySelector('th')?.textContent ?? '',
    };
  });
}

async function focusedAttribute(page: Page, name: string): Promise<string | null> {
  return page.evaluate((attribute) => document.activeElement?.getAttribute(attribute) ?? null, name);
}

describe('dashboard (vite preview, Chromium)', () => {
  it('renders every KPI and chart with figures and no console problem', async () => {
    const { page, log, close } = await openDashboard();
    try {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Revenue dashboard');
      for (const landmark of ['banner', 'main', 'contentinfo'] as const) {
        expect(await page.getByRole(landmark).count(), landmark).toBe(1);
      }
      // The sample dataset has costs, so CAC and CLV:CAC are figures: a missing one is a regression, not a skip.
      expect(sampleRevOps().finance.clvToCacRatio, 'CLV:CAC of the sample dataset').not.toBeNull();
      for (const label of KPI_LABELS) {
        const value = (await kpiValue(page, label).textContent())?.trim() ?? '';
        expect(value, String(label)).toMatch(/\d/);
        expect(value, String(label)).not.toMatch(/NaN|undefined|Infinity/);
      }
      // Multiples read "x times", never as a percentage (a quick ratio of 6.6 is not "660%").
      for (const label of ['CLV:CAC', 'Quick ratio']) {
        const value = (await kpiValue(page, label).textContent())?.trim() ?? '';
        expect(value, label).toMatch(/^\d[\d,]*(\.\d)?×$/);
      }
      // The change of a rate is in percentage points, so it never reads like the relative change beside it.
      const churnDelta = (await kpi(page, 'Customer churn').locator('.rk-kpi-delta [aria-hidden="true"]:not(.rk-kpi-arrow)').textContent()) ?? '';
      expect(churnDelta.replace(/\u00a0/g, ' ')).toMatch(/^([+-]\d+(\.\d)?|0) pts$/);
      for (const title of CHART_TITLES) {
        const figure = chart(page, title);
        await expect(figure.count(), title).resolves.toBe(1);
        // A drawn chart once the reader reaches it: its plot (an SVG, or the cohort grid / funnel list) and a generated summary.
        await figure.scrollIntoViewIfNeeded();
        await expect.poll(() => figure.locator('svg, [role="grid"], .rk-funnel-stage, [data-rk-cell]').count(), { ...CHART_DRAW, message: title }).toBeGreaterThan(0);
        expect((await figure.locator('.rk-chart-summary').textContent()) ?? '', title).toMatch(/\d/);
      }
      expect(await page.locator('body').textContent()).not.toMatch(/NaN/);
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the sales board with the core’s figures: pipeline as of the end of the period, forecasts and their error, the reps sortable by keyboard', async () => {
    const { page, log, close } = await openDashboard();
    try {
      const revOps = sampleRevOps();
      const forecast = revOps.sales?.forecast;
      const owners = revOps.sales?.owners ?? [];
      if (!forecast) throw new Error('the sample dataset has deals');
      const section = page.getByRole('region', { name: 'Sales', exact: true });
      await section.waitFor();
      const month = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${revOps.to}-01T00:00:00Z`));
      const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

      // The pipeline is a snapshot at the end of the period, never "now"; each stage shows the core's amount.
      const pipeline = section.getByRole('figure', { name: `Open pipeline as of end of ${month}`, exact: true });
      const stages = await pipeline.locator('[role="img"]').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
      expect(stages.length).toBe(forecast.pipelineByStage.length);
      forecast.pipelineByStage.forEach((stage, index) => {
        const [name = '', figures = ''] = (stages[index] ?? '').split(': ');
        expect(name).toBe(stage.stage);
        const amount = parseCompactMoney((figures.split(', ')[0] ?? '').replace(/^Amount /, ''));
        expect(Math.abs(amount.value - stage.amount)).toBeLessThanOrEqual(amount.step / 2 + 0.005);
      });
      expect(await pipeline.locator('.rk-chart-summary').textContent()).toMatch(new RegExp(`^${forecast.openPipeline.openDeals} open deals worth `));
      expect(await section.textContent()).not.toMatch(/\bnow\b/i);

      // Bookings against the forecasts, month by month, and each forecast's backtest error as the core computed it.
      const bookings = section.getByRole('figure', { name: 'Bookings against forecast', exact: true });
      await bookings.scrollIntoViewIfNeeded();
      await expect.poll(() => bookings.locator('[role="img"]').count(), CHART_DRAW).toBe(forecast.bookingsByMonth.length);
      await bookings.getByRole('button', { name: 'Show data table' }).click();
      const errorRow = (await bookings.getByRole('row', { name: /^Backtest error \(MAPE\)/ }).locator('td').allTextContents()).filter((cell) => cell !== '');
      expect(errorRow).toEqual([forecast.backtestError.stageWeighted, forecast.backtestError.trend, forecast.backtestError.combined].map((error) => (error === null ? '—' : percent.format(error))));
      const mrr = section.getByRole('figure', { name: 'MRR against forecast', exact: true });
      expect(await mrr.locator('.rk-chart-summary').textContent()).toContain(`Backtest error (MAPE): Trend and seasonality ${percent.format(revOps.finance.forecastAccuracy ?? Number.NaN)}.`);

      // The reps, most bookings first; sorted by yield ÷ cost from the keyboard.
      const reps = section.getByRole('figure', { name: 'Sales reps', exact: true });
      const order = () => reps.getByRole('table').getByRole('rowheader').allTextContents();
      expect(await order()).toEqual([...owners].sort((a, b) => b.bookings - a.bookings).map((owner) => owner.owner));
      await reps.getByRole('button', { name: /Yield ÷ cost/ }).focus();
      await page.keyboard.press('Enter');
      expect(await reps.getByRole('columnheader', { name: /Yield ÷ cost/ }).getAttribute('aria-sort')).toBe('descending');
      expect(await order()).toEqual([...owners].sort((a, b) => (b.yieldMultiple ?? -Infinity) - (a.yieldMultiple ?? -Infinity)).map((owner) => owner.owner));

      // In French: the section, the snapshot's date and the kit's words.
      await page.getByLabel('Language').selectOption('fr-FR');
      const ventes = page.getByRole('region', { name: 'Ventes', exact: true });
      const mois = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${revOps.to}-01T00:00:00Z`));
      await ventes.getByRole('figure', { name: `Pipeline ouvert à fin ${mois}`, exact: true }).waitFor();
      expect(await ventes.getByRole('figure', { name: 'Commerciaux', exact: true }).count()).toBe(1);
      expect(await ventes.getByRole('figure', { name: 'Signatures face aux prévisions', exact: true }).locator('.rk-chart-summary').textContent()).toMatch(/Erreur a posteriori \(MAPE\) : /);
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reaches a cohort cell and a waterfall step by keyboard and shows their details', async () => {
    const { page, log, close } = await openDashboard();
    try {
      const cohort = chart(page, 'Cohort retention');
      await tabTo(page, '.rk-cohort [role="gridcell"]');
      const first = await focusedCohortCell(page);
      expect(first.position).toBe('0:0');
      expect(first.text).toMatch(/\d/);
      // The details name the row (cohort or average) and repeat the cell's figure.
      let details = (await cohort.getByRole('tooltip').textContent()) ?? '';
      expect(details).toContain(first.row);
      expect(details).toContain(first.text);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      const moved = await focusedCohortCell(page);
      expect(moved.position).toBe('1:1');
      details = (await cohort.getByRole('tooltip').textContent()) ?? '';
      expect(details).toContain(moved.row);
      expect(details).toContain(moved.text);
      expect(moved.row).not.toBe(first.row);
      await page.keyboard.press('Escape');
      expect(await cohort.getByRole('tooltip').count()).toBe(0);

      // Back to the top, then forward to the bridge: it comes before the cohorts.
      await page.locator('h1').click();
      await tabTo(page, '.rk-waterfall .rk-step');
      const waterfall = chart(page, 'MRR bridge');
      const start = (await focusedAttribute(page, 'aria-label')) ?? '';
      expect(start).toMatch(/^Starting MRR: /);
      expect(await waterfall.getByRole('tooltip').textContent()).toContain('Starting MRR');
      await page.keyboard.press('ArrowRight');
      const step = (await focusedAttribute(page, 'aria-label')) ?? '';
      expect(step).toMatch(/^New: \+/);
      const [name, amount] = step.split(': ');
      const stepDetails = (await waterfall.getByRole('tooltip').textContent()) ?? '';
      expect(stepDetails).toContain(name!);
      expect(stepDetails).toContain(amount!);
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('drills down: a churn bar opens a panel with the churned customers, summing to the bar; a cohort cell and a bridge step by keyboard', async () => {
    const { page, log, close } = await openDashboard();
    try {
      const report = buildReport(defaultDataset(), sampleLastMonths(12));
      // The month of the period with the most churned customers, and its churn bar.
      const index = report.mrr.reduce((best, row, i) => (row.churnedCustomers > (report.mrr[best]?.churnedCustomers ?? 0) ? i : best), 0);
      const month = report.mrr[index]!;
      expect(month.churnedCustomers).toBeGreaterThan(0);
      await chart(page, 'MRR movements').locator(`[data-rk-cell="0:${index}"] [data-rk-movement="churn"] rect`).first().click();
      const panel = page.getByRole('dialog', { name: 'Customers behind the figure' });
      await panel.waitFor();
      await expect.poll(() => panel.evaluate((node) => node === document.activeElement)).toBe(true);
      const table = panel.getByRole('table');
      // Listed by the data worker: the panel shows its loading state until then.
      await table.waitFor();
      const amounts = await table.locator('tbody tr td:last-child').allTextContents();
      expect(amounts).toHaveLength(month.churnedCustomers);
      const cents = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, '')) * 100) * (/[-−]/.test(text) ? -1 : 1);
      expect(amounts.reduce((sum, text) => sum + cents(text), 0)).toBe(Math.round(month.churn * 100));
      expect(cents((await table.locator('tfoot td:last-child').textContent()) ?? '')).toBe(Math.round(month.churn * 100));
      expect(await panel.getByRole('combobox', { name: 'Movement' }).inputValue()).toBe('churn');
      // Another movement of the same month, from the panel.
      await panel.getByRole('combobox', { name: 'Movement' }).selectOption('new');
      // The worker lists the other movement's customers.
      await expect.poll(() => table.locator('tbody tr').count()).toBe(month.newCustomers);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });

      // By keyboard: a cohort cell (Enter), then the bridge's churn step (Space).
      await page.locator('h1').click();
      await tabTo(page, '.rk-cohort [role="gridcell"]');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await panel.waitFor();
      const cohort = report.cohorts[0]!;
      await expect.poll(() => panel.getByRole('table').locator('tbody tr').count()).toBe(cohort.customers);
      await panel.getByRole('button', { name: 'Close' }).click();
      await panel.waitFor({ state: 'detached' });
      // Focus is back on the cell that opened the panel.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-rk-cell'))).toBe('1:0');

      await page.locator('h1').click();
      await tabTo(page, '.rk-waterfall .rk-step');
      await page.keyboard.press('End');
      // Back from Ending MRR past the rounding step, when the period has one.
      for (let presses = 0; presses < 2 && !/^Churn: /.test((await focusedAttribute(page, 'aria-label')) ?? ''); presses += 1) await page.keyboard.press('ArrowLeft');
      expect((await focusedAttribute(page, 'aria-label')) ?? '').toMatch(/^Churn: /);
      await page.keyboard.press(' ');
      await panel.getByRole('table').waitFor();
      const churnOverPeriod = report.mrr.reduce((sum, row) => sum + row.churnedCustomers, 0);
      expect(await panel.getByRole('table').locator('tbody tr').count()).toBeLessThanOrEqual(churnOverPeriod);
      expect(await panel.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(0);
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the same figures in the data-table alternative', async () => {
    const { page, close } = await openDashboard();
    try {
      const waterfall = chart(page, 'MRR bridge');
      const steps = await waterfall.locator('.rk-step').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
      // The report's own bridge: balanced to the cent, so no rounding step.
      expect(steps.length).toBe(7);
      expect(steps.filter((step) => step.startsWith('Rounding'))).toEqual([]);
      await waterfall.getByRole('button', { name: 'Show data table' }).click();
      const table = waterfall.getByRole('table');
      for (const step of steps) {
        const [name, amount] = step.split(': ');
        await expect(table.getByRole('row', { name: new RegExp(`^${name}`) }).locator('td').first().textContent()).resolves.toBe(amount);
      }
      // The bridge ends where the MRR card stands.
      const ending = await table.getByRole('row', { name: /^Ending MRR/ }).locator('td').first().textContent();
      expect(ending).toBe(await kpiValue(page, 'MRR').textContent());

      const cohort = chart(page, 'Cohort retention');
      const heatmapRows = await cohort.locator('table[role="grid"] tbody tr').evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent ?? '')),
      );
      await cohort.getByRole('button', { name: 'Show data table' }).click();
      const tableRows = await cohort.locator('.rk-table tbody tr').evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent ?? '')),
      );
      expect(tableRows.length).toBe(heatmapRows.length);
      // Same cohort, same customers, same retention figures in every month reached.
      tableRows.forEach((cells, index) => {
        const reached = heatmapRows[index]!.filter((cell) => cell !== '');
        expect(cells.filter((cell) => cell !== '')).toEqual(reached);
      });
    } finally {
      await close();
    }
  });

  it('lists every problem of a bad dataset and keeps the data it had', async () => {
    const { page, log, close } = await openDashboard();
    try {
      const mrrBefore = await kpiValue(page, 'MRR').textContent();
      const sourceBefore = await page.getByTestId('data-source').textContent();
      await page.getByLabel('Load a dataset (JSON)…').setInputFiles({ name: 'bad-dataset.json', mimeType: 'application/json', buffer: Buffer.from(badDatasetText) });

      const alert = page.getByRole('alert').filter({ hasText: 'bad-dataset.json was not loaded' });
      await alert.waitFor();
      const issues = badDatasetIssues();
      expect(issues.length).toBeGreaterThanOrEqual(6);
      await expect(alert.getByRole('heading').textContent()).resolves.toBe(`bad-dataset.json was not loaded: ${issues.length} problems`);
      const listed = await alert.getByRole('listitem').evaluateAll((items) =>
        items.map((item) => [item.querySelector('.problem-path')?.textContent, item.querySelector('.problem-message')?.textContent]),
      );
      expect(listed).toEqual(issues.map((issue) => [issue.path, issue.message]));
      // Focus moves to the problems so a keyboard user lands on them.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');

      expect(await kpiValue(page, 'MRR').textContent()).toBe(mrrBefore);
      expect(await page.getByTestId('data-source').textContent()).toBe(sourceBefore);

      // A file that is not JSON at all is refused the same way.
      await page.getByLabel('Load a dataset (JSON)…').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "currency": ') });
      const parseAlert = page.getByRole('alert').filter({ hasText: 'notes.json was not loaded: 1 problem' });
      await expect(parseAlert.locator('.problem-message').textContent()).resolves.toBe('malformed JSON in notes.json at line 1, column 15: expected a value, got the end of the input');
      expect(await kpiValue(page, 'MRR').textContent()).toBe(mrrBefore);
      // The refused files' console stays clean: problems are shown, not thrown.
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('refuses hostile files with their problem and keeps its data; a 100 000-character label keeps the page small', async () => {
    const { page, log, close } = await openDashboard();
    try {
      const mrrBefore = await kpiValue(page, 'MRR').textContent();
      const input = page.getByLabel('Load a dataset (JSON)…');
      const upload = async (name: string, buffer: Buffer) => {
        await input.setInputFiles({ name, mimeType: 'application/json', buffer });
        const alert = page.getByRole('alert').filter({ hasText: `${name} was not loaded` });
        await alert.waitFor();
        expect(await kpiValue(page, 'MRR').textContent()).toBe(mrrBefore);
        return alert;
      };
      const sub = (extra: Record<string, unknown>) => ({ id: 's1', customerId: 'c1', start: '2024-01-01', amount: '10', interval: 'month', ...extra });

      // Year 0000 after its offset: a problem with its path, not a silent failure.
      const year0 = await upload('year0.json', Buffer.from(JSON.stringify({ currency: 'EUR', subscriptions: [sub({ start: '0000-01-01T00:00:00+01:00' })] })));
      await expect(year0.getByRole('listitem').textContent()).resolves.toBe(
        'subscriptions[0].start is outside the supported dates (years 0001 to 9998 in UTC): 0000-01-01T00:00:00+01:00',
      );
      // Invalid UTF-8 is named with its byte offset (never two ids merged into U+FFFD).
      const invalid = await upload('latin1.json', Buffer.concat([Buffer.from('{"currency":"EUR","x":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
      await expect(invalid.getByRole('listitem').textContent()).resolves.toBe('$ latin1.json is not UTF-8 text: invalid byte 0xe9 at byte offset 26');
      // 130 000 problems of one rule: one line with the range and the count.
      const oneRule = await upload('one-rule.json', Buffer.from(JSON.stringify({ currency: 'EUR', subscriptions: Array.from({ length: 130_000 }, (_, i) => i) })));
      await expect(oneRule.getByRole('listitem').allTextContents()).resolves.toEqual(['subscriptions[0..129999] must be an object, e.g. number 0 (130,000 times)']);
      // 130 000 different problems: the first 200 lines and a count.
      const rates = Object.fromEntries(Array.from({ length: 130_000 }, (_, i) => [`X${i}`, 'abc']));
      const many = await upload('many.json', Buffer.from(JSON.stringify({ currency: 'EUR', fxRates: rates })));
      await expect(many.getByRole('listitem').count()).resolves.toBe(201);
      await expect(many.getByRole('listitem').last().textContent()).resolves.toMatch(/^… and 129,8\d\d more problems$/);

      // A dataset reaching 9998-12 loads; a stage name of 100 000 characters is cut, its full text in a title.
      const long = `Visitors ${'x'.repeat(100_000)}`;
      const edge = { currency: 'EUR', subscriptions: [sub({ start: '9998-01-01' })], funnel: [{ stage: long, count: 10 }, { stage: 'Won', count: 2 }] };
      await input.setInputFiles({ name: 'edge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edge)) });
      await expect.poll(() => page.getByTestId('data-source').textContent(), FILE_LOAD).toContain('edge.json');
      await page.locator('main#dashboard:not([aria-busy])').waitFor();
      const name = chart(page, 'Conversion funnel').locator('.rk-funnel-name').first();
      await expect(name.getAttribute('title')).resolves.toBe(long);
      expect(((await name.textContent()) ?? '').length).toBeLessThanOrEqual(81);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(20_000);
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('loads a good dataset from the file picker and changes the figures to the core’s', async () => {
    const { page, log, close } = await openDashboard('?from=2024-01&to=2024-06');
    try {
      const mrrBefore = await kpiValue(page, 'MRR').textContent();
      const { text, report, revOps } = otherDataset(7);
      await page.getByLabel('Load a dataset (JSON)…').setInputFiles({ name: 'good-dataset.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => page.getByTestId('data-source').textContent(), FILE_LOAD).toContain('good-dataset.json');

      const mrrAfter = (await kpiValue(page, 'MRR').textContent()) ?? '';
      expect(mrrAfter).not.toBe(mrrBefore);
      const expected = report.mrr[report.mrr.length - 1]!.mrr;
      const shown = parseCompactMoney(mrrAfter);
      expect(Math.abs(shown.value - expected)).toBeLessThanOrEqual(shown.step / 2 + 0.005);
      // With costs in the file, CLV:CAC is the core's figure (one decimal, a multiple: "5.7×").
      const clvToCac = revOps.finance.clvToCacRatio;
      expect(clvToCac).not.toBeNull();
      const clvText = (await kpiValue(page, 'CLV:CAC').textContent()) ?? '';
      expect(clvText).toMatch(/×$/);
      const clvShown = Number(clvText.replaceAll(',', '').replace(/×$/, ''));
      expect(Math.abs(clvShown - clvToCac!)).toBeLessThanOrEqual(0.05 + 1e-9);
      // The old period is not in the new data: the view falls back to the new data's last 12 months.
      expect(new URL(page.url()).search).toBe('');
      await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe(report.to);
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('loads a 50 MB file in its worker: a progress bar and Cancel, and no main-thread task over 100 ms', { timeout: 300_000 }, async () => {
    const large = largeDatasetFile();
    const { page, log, close } = await openDashboard();
    try {
      expect(large.bytes).toBeGreaterThanOrEqual(50_000_000);
      const mrrBefore = await kpiValue(page, 'MRR').textContent();
      const input = page.getByLabel('Load a dataset (JSON)…');
      const progress = page.getByRole('progressbar', { name: `Loading ${large.name}` });

      // Cancel: the load stops and the dashboard keeps its data.
      await input.setInputFiles(large.path);
      await progress.waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await progress.waitFor({ state: 'detached' });
      expect(await page.getByTestId('data-source').textContent()).toContain('Sample dataset');
      expect(await kpiValue(page, 'MRR').textContent()).toBe(mrrBefore);

      // Every long task of the page from here on (tasks of the worker are not the page's).
      await page.evaluate(() => {
        const seen: { start: number; duration: number }[] = [];
        (window as unknown as { longTasks: typeof seen }).longTasks = seen;
        (window as unknown as { blockFor: (ms: number) => void }).blockFor = (ms) => {
          const start = performance.now();
          while (performance.now() - start < ms);
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
        }).observe({ type: 'longtask' });
      });
      await input.setInputFiles(large.path);
      await progress.waitFor();
      // The bytes read, then the phases of the core.
      await expect.poll(() => page.locator('.load-progress-phase').textContent(), { timeout: 60_000 }).toMatch(/MB read|Parsing|Checking|Computing/);
      await expect.poll(() => page.getByTestId('data-source').textContent(), { timeout: 240_000 }).toContain(large.name);
      await progress.waitFor({ state: 'detached' });
      // The core's MRR of the last month, drawn.
      const expected = large.report.mrr[large.report.mrr.length - 1]!.mrr;
      await expect
        .poll(async () => {
          const shown = parseCompactMoney((await kpiValue(page, 'MRR').textContent()) ?? '');
          return Math.abs(shown.value - expected) <= shown.step / 2 + 0.005;
        })
        .toBe(true);
      // A period change is reported by the worker from the data it kept.
      await page.getByLabel('Period', { exact: true }).selectOption('3');
      await page.locator('main#dashboard:not([aria-busy])').waitFor({ timeout: 120_000 });
      // Two frames, so a task still running shows.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const longTasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
      expect(longTasks.filter((task) => task.duration > 100), JSON.stringify(longTasks)).toEqual([]);
      // The observer does see a page task of 150 ms (so the check above can fail).
      await page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve((window as unknown as { blockFor: (ms: number) => void }).blockFor(150)), 0)).then(() => new Promise((resolve) => setTimeout(resolve, 200))));
      await expect.poll(() => page.evaluate(() => (window as unknown as { longTasks: { duration: number }[] }).longTasks.some((task) => task.duration >= 150))).toBe(true);
      expect(log.problems).toEqual([]);
    } finally {
      await close();
      large.remove();
    }
  });

  it('loads a dataset dropped on the page', async () => {
    const { page, log, close } = await openDashboard();
    try {
      const mrrBefore = await kpiValue(page, 'MRR').textContent();
      const { text, report } = otherDataset(11);
      await page.evaluate((json) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
        }
      }, text);
      await expect.poll(() => page.getByTestId('data-source').textContent(), FILE_LOAD).toContain('dropped.json');
      const mrrAfter = (await kpiValue(page, 'MRR').textContent()) ?? '';
      expect(mrrAfter).not.toBe(mrrBefore);
      const shown = parseCompactMoney(mrrAfter);
      expect(Math.abs(shown.value - report.mrr[report.mrr.length - 1]!.mrr)).toBeLessThanOrEqual(shown.step / 2 + 0.005);
      expect(await page.locator('.drop-overlay').count()).toBe(0);
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('formats numbers and money the French way in fr-FR, and keeps it in the URL', async () => {
    const { page, log, close } = await openDashboard();
    try {
      await page.getByLabel('Language').selectOption('fr-FR');
      await page.getByRole('heading', { name: 'Indicateurs clés' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr-FR');
      // Compact euros: decimal comma, the unit and the symbol after the figure ("257,4 k€").
      const mrr = (await kpiValue(page, 'MRR').textContent()) ?? '';
      expect(mrr).toMatch(/^\d{1,3}(,\d)?\s?k\s?€$/);
      // Percent with a (narrow) no-break space before the sign ("99,5 %").
      expect((await kpiValue(page, 'Rétention nette des revenus').textContent()) ?? '').toMatch(/^\d+(,\d)?[\u00a0\u202f]%$/);
      // Months are French too: "oct. 2026", not "Oct 2026".
      expect((await page.getByLabel('Au', { exact: true }).locator('option:checked').textContent()) ?? '').toMatch(/^[a-zéû]+\.? \d{4}$/);
      expect(new URL(page.url()).searchParams.get('locale')).toBe('fr-FR');

      // The shared URL opens in French.
      const shared = await openDashboard(new URL(page.url()).search);
      try {
        await shared.page.getByRole('heading', { name: 'Indicateurs clés' }).waitFor();
        expect(await shared.page.locator('.rk-kpi-value').first().textContent()).toBe(mrr);
      } finally {
        await shared.close();
      }
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the period in the URL so a view can be shared', async () => {
    const { page, close } = await openDashboard();
    try {
      await page.getByLabel('Period', { exact: true }).selectOption('3');
      await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
      const search = new URL(page.url()).search;
      const from = new URL(page.url()).searchParams.get('from')!;
      // The preset is the core's last three months of the data.
      expect({ from, to: new URL(page.url()).searchParams.get('to') }).toEqual(sampleLastMonths(3));
      await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe(from);
      // The figures follow once the data worker has reported the period.
      await page.locator('main#dashboard:not([aria-busy])').waitFor();
      const bridge = (await chart(page, 'MRR bridge').locator('.rk-chart-summary').textContent()) ?? '';

      const shared = await openDashboard(search);
      try {
        await expect(shared.page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe(from);
        await expect(shared.page.getByLabel('Period', { exact: true }).inputValue()).resolves.toBe('3');
        expect(await chart(shared.page, 'MRR bridge').locator('.rk-chart-summary').textContent()).toBe(bridge);
      } finally {
        await shared.close();
      }
    } finally {
      await close();
    }
  });

  it('the From and To pickers: moving one past the other drags it along', async () => {
    const { page, log, close } = await openDashboard('?from=2026-01&to=2026-03');
    try {
      const from = page.getByLabel('From', { exact: true });
      const to = page.getByLabel('To', { exact: true });
      await expect(from.inputValue()).resolves.toBe('2026-01');
      await expect(to.inputValue()).resolves.toBe('2026-03');
      // Both list every month of the data, in the user's language.
      expect(await from.locator('option').count()).toBeGreaterThan(12);
      expect(await to.locator('option').allTextContents()).toEqual(await from.locator('option').allTextContents());
      await expect(to.locator('option[value="2026-03"]').textContent()).resolves.toBe('Mar 2026');
      await from.selectOption('2026-05');
      await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2026-05');
      await expect(to.inputValue()).resolves.toBe('2026-05');
      await to.selectOption('2025-12');
      await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2025-12');
      await expect(from.inputValue()).resolves.toBe('2025-12');
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('applies the dark theme to the page and the charts', async () => {
    const { page, log, close } = await openDashboard();
    try {
      const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.getByRole('button', { name: 'Dark' }).click();
      await expect(page.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).resolves.toBe('true');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(darkBackground).not.toBe(lightBackground);
      expect(luminance(darkBackground)).toBeLessThan(0.1);
      const figure = chart(page, 'MRR bridge');
      expect(await figure.getAttribute('data-rk-theme')).toBe('dark');
      expect(luminance(await figure.evaluate((element) => getComputedStyle(element).backgroundColor))).toBeLessThan(0.1);
      expect(luminance(await kpiValue(page, 'MRR').evaluate((element) => getComputedStyle(element).color))).toBeGreaterThan(0.6);
      expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');
      expect(log.problems).toEqual([]);
    } finally {
      await close();
    }
    // With no theme in the URL the dashboard follows the system's colour scheme.
    const system = await openDashboard('', { colorScheme: 'dark' });
    try {
      expect(await system.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await chart(system.page, 'MRR bridge').getAttribute('data-rk-theme')).toBe('dark');
    } finally {
      await system.close();
    }
  });

  it('fits a 390 px phone without sideways scrolling, and writes screenshots', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const desktop = await openDashboard(`?theme=${theme}`, { width: 1440, height: 900 });
      try {
        await desktop.page.screenshot({ path: join(ARTIFACTS, `dashboard-${theme}-desktop.png`), fullPage: true });
      } finally {
        await desktop.close();
      }
      const phone = await openDashboard(`?theme=${theme}`, { width: 390, height: 844 });
      try {
        const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${theme}: page wider than the phone by ${overflow}px`).toBeLessThanOrEqual(0);
        await phone.page.screenshot({ path: join(ARTIFACTS, `dashboard-${theme}-mobile.png`), fullPage: true });
        expect(phone.log.problems).toEqual([]);
      } finally {
        await phone.close();
      }
    }
  });
});

/** Relative luminance (0 black … 1 white) of a CSS `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const channels = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (!channels) throw new Error(`not an rgb colour: ${color}`);
  const [r, g, b] = channels.slice(1, 4).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
