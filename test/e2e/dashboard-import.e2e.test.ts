import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, type Dataset } from '@revkit/core';
import { datasetFromCsv, datasetFromStripe, type StripeSubscription } from '@revkit/import';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type TestBrowser } from './support/browser.js';
import { parseCompactMoney } from './support/datasets.js';
import { repoRoot, startDashboard, type RunningServer } from './support/servers.js';

/** A file is read, parsed, validated and reported in the data worker: seconds on a busy machine, not expect.poll's default second. */
const FILE_LOAD = { timeout: 15_000 };

const PLAYBOOK = readFileSync(join(repoRoot, 'test', 'fixtures', 'dbt-mrr-playbook', 'subscription_periods.csv'), 'utf8');
const STRIPE_PAGE_2 = readFileSync(join(repoRoot, 'test', 'fixtures', 'stripe', 'subscriptions-2.json'), 'utf8');
const STRIPE_PAGE_1 = readFileSync(join(repoRoot, 'test', 'fixtures', 'stripe', 'subscriptions.json'), 'utf8');

let server: RunningServer;
let chromium: TestBrowser;
let browser: Browser;

beforeAll(async () => {
  [server, chromium] = await Promise.all([startDashboard(), launchBrowser()]);
  browser = chromium.browser;
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

const mrrKpi = (page: Page): Locator => page.getByRole('group', { name: 'MRR', exact: true }).locator('.rk-kpi-value');
const picker = (page: Page): Locator => page.getByLabel(/^Load a dataset/);
/** The column choice of a contract field in the mapping step (required ones end with " *"). */
const fieldSelect = (step: Locator, field: string): Locator => step.getByRole('combobox', { name: new RegExp(`^${field}( \\*)?$`) });

/** Checks the MRR card shows the core's MRR of the month the view ends on. */
async function expectMrrOf(page: Page, dataset: Dataset): Promise<void> {
  const month = await page.getByLabel('To', { exact: true }).inputValue();
  const expected = buildReport(dataset, { from: month, to: month }).mrr[0]!.mrr;
  const shown = parseCompactMoney((await mrrKpi(page).textContent()) ?? '');
  expect(Math.abs(shown.value - expected)).toBeLessThanOrEqual(shown.step / 2 + 0.005);
}

describe('dashboard file loader: CSV and Stripe exports (vite preview, Chromium)', () => {
  it('maps the columns of a CSV of subscriptions, lists a bad mapping’s problems, then loads it', async () => {
    const { context, page, log } = await openPage(browser);
    try {
      await page.goto(server.url);
      await mrrKpi(page).waitFor();
      const mrrBefore = await mrrKpi(page).textContent();
      await picker(page).setInputFiles({ name: 'subscription_periods.csv', mimeType: 'text/csv', buffer: Buffer.from(PLAYBOOK) });

      const step = page.getByRole('region', { name: 'Map the columns of subscription_periods.csv' });
      await step.waitFor();
      // The first rows, as in the file.
      const preview = step.getByRole('table', { name: 'The first 5 rows of subscription_periods.csv' });
      await expect(preview.getByRole('columnheader').allTextContents()).resolves.toEqual(['subscription_id', 'customer_id', 'start_date', 'end_date', 'monthly_amount']);
      await expect(preview.getByRole('row').nth(1).getByRole('cell').allTextContents()).resolves.toEqual(['1', '1', '2018-11-01', '2019-02-01', '50']);
      // Columns named like the contract's fields are already chosen.
      await expect(fieldSelect(step, 'id').inputValue()).resolves.toBe('subscription_id');
      await expect(fieldSelect(step, 'customerId').inputValue()).resolves.toBe('customer_id');
      await expect(fieldSelect(step, 'start').inputValue()).resolves.toBe('start_date');
      await expect(fieldSelect(step, 'amount').inputValue()).resolves.toBe('');

      // Importing without amount and interval lists both problems and keeps the data shown.
      await step.getByRole('button', { name: 'Import' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'subscription_periods.csv was not loaded: 2 problems' });
      await alert.waitFor();
      await expect(alert.locator('.problem-message').allTextContents()).resolves.toEqual([
        'has no column for amount (name one amount, or give --map amount=COLUMN or --set amount=VALUE)',
        'has no column for interval (name one interval, or give --map interval=COLUMN or --set interval=VALUE)',
      ]);
      expect(await mrrKpi(page).textContent()).toBe(mrrBefore);

      await fieldSelect(step, 'amount').selectOption('monthly_amount');
      await step.getByLabel('Value of interval for every row').fill('month');
      await step.getByLabel('Reporting currency').fill('USD');
      await step.getByRole('button', { name: 'Import' }).click();
      await expect.poll(() => page.getByTestId('data-source').textContent(), FILE_LOAD).toContain('subscription_periods.csv');
      expect(await step.count()).toBe(0);
      const { dataset } = datasetFromCsv(
        { subscriptions: { name: 'subscription_periods.csv', text: PLAYBOOK } },
        { currency: 'USD', map: { amount: 'monthly_amount' }, set: { interval: 'month' } },
      );
      await expectMrrOf(page, dataset);
      expect(log.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('loads a Stripe subscriptions.json export, and lists the problems of one it cannot convert', async () => {
    const { context, page, log } = await openPage(browser);
    try {
      await page.goto(server.url);
      await mrrKpi(page).waitFor();
      const mrrBefore = await mrrKpi(page).textContent();

      // Page 1 has USD and JPY prices besides EUR: a file cannot carry fx rates, so they are named.
      await picker(page).setInputFiles({ name: 'subscriptions.json', mimeType: 'application/json', buffer: Buffer.from(STRIPE_PAGE_1) });
      const alert = page.getByRole('alert').filter({ hasText: 'subscriptions.json was not loaded: 2 problems' });
      await alert.waitFor();
      await expect(alert.locator('.problem-path').allTextContents()).resolves.toEqual(['sub_annual_usd', 'sub_volume_jpy']);
      expect(await mrrKpi(page).textContent()).toBe(mrrBefore);

      await picker(page).setInputFiles({ name: 'subscriptions-2.json', mimeType: 'application/json', buffer: Buffer.from(STRIPE_PAGE_2) });
      await expect.poll(() => page.getByTestId('data-source').textContent(), FILE_LOAD).toContain('subscriptions-2.json');
      await expect(page.getByTestId('data-source').textContent()).resolves.toContain('EUR');
      const subscriptions = (JSON.parse(STRIPE_PAGE_2) as { data: StripeSubscription[] }).data;
      await expectMrrOf(page, datasetFromStripe({ subscriptions }, { currency: 'EUR' }).dataset);
      expect(log.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
