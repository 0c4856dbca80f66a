import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '@revkit/core';
import { defaultDataset } from '@revkit/sample-data';
import { launchBrowser, openPage, type TestBrowser } from './support/browser.js';
import { startNextApp, type RunningServer } from './support/servers.js';

let server: RunningServer;
let chromium: TestBrowser;
let browser: Browser;

beforeAll(async () => {
  [server, chromium] = await Promise.all([startNextApp(), launchBrowser()]);
  browser = chromium.browser;
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

/** The kinds of chart the page shows, as the kit's figure classes. */
const CHART_KINDS = ['trend', 'movements', 'waterfall', 'cohort', 'funnel'];

describe('Next.js example (next start, Chromium)', () => {
  it('sends the charts and KPIs in the server HTML, before any script runs', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const kind of CHART_KINDS) {
      expect(html, kind).toMatch(new RegExp(`<figure class="rk rk-chart rk-${kind}[ "]`));
    }
    // Drawn, not placeholders: SVG marks, the bridge's steps, the cohort grid, figures in money.
    expect(html.match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    expect(html).toMatch(/<g[^>]*role="img"[^>]*aria-label="Ending MRR: €[\d.]+K"/);
    expect(html).toContain('role="grid"');
    expect(html).toMatch(/class="rk-kpi-value">€[\d.]+K</);
    expect(html).toContain('MRR bridge');
    expect(html).not.toMatch(/NaN/);
  });

  it('hydrates without a warning or an error, and the charts respond', async () => {
    const { context, page, log } = await openPage(browser);
    try {
      await page.goto(server.url, { waitUntil: 'networkidle' });
      const waterfall = page.getByRole('figure', { name: 'MRR bridge', exact: true });
      // Only a hydrated chart answers a click.
      await waterfall.getByRole('button', { name: 'Show data table' }).click();
      await waterfall.getByRole('table').waitFor();
      await page.keyboard.press('Tab');
      expect(log.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is offered in French with the locale kept in the URL: French headings, catalog names and number formats', async () => {
    const html = await (await fetch(new URL('?locale=fr-FR', server.url))).text();
    expect(html).toContain('<h1>Rapport de revenus</h1>');
    expect(html).toContain('<div lang="fr">');
    expect(html).toContain('Pont du MRR');
    // Money in French format: a comma decimal and the euro sign after the figure.
    expect(html).toMatch(/class="rk-kpi-value">[\d,\s\u202f]+\s?k?\s?€</);
    expect(html).toMatch(/<a href="\?locale=fr-FR" lang="fr" hrefLang="fr" aria-current="page">Français<\/a>/);
    expect(html).not.toMatch(/NaN/);

    const { context, page, log } = await openPage(browser);
    try {
      await page.goto(server.url, { waitUntil: 'networkidle' });
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
      await page.waitForURL(/\?locale=fr-FR$/);
      await page.getByRole('heading', { level: 1, name: 'Rapport de revenus' }).waitFor();
      await page.getByRole('figure', { name: 'Pont du MRR', exact: true }).getByRole('button', { name: 'Afficher le tableau de données' }).click();
      await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Revenue report' }).waitFor();
      expect(log.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('serves /sql: the report computed inside the DuckDB file the build loaded, equal to the in-process report', async () => {
    const response = await fetch(new URL('sql', server.url));
    expect(response.status).toBe(200);
    const html = await response.text();
    const expected = buildReport(defaultDataset());
    const last = expected.mrr.at(-1);
    expect(last).toBeDefined();
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: expected.currency });
    expect(html).toContain(`${expected.from}<!-- --> to <!-- -->${expected.to}`);
    expect(html).toContain(`data-figure="ending-mrr">${money.format(last?.mrr ?? NaN)}</strong>`);
    expect(html).toContain(`data-figure="customers">${last?.customers}</span>`);
    for (const kind of CHART_KINDS) {
      expect(html, kind).toMatch(new RegExp(`<figure class="rk rk-chart rk-${kind}[ "]`));
    }
    expect(html).not.toMatch(/NaN/);
  });

  it('hydrates /sql without a warning or an error', async () => {
    const { context, page, log } = await openPage(browser);
    try {
      await page.goto(new URL('sql', server.url).toString(), { waitUntil: 'networkidle' });
      const waterfall = page.getByRole('figure', { name: 'MRR bridge', exact: true });
      await waterfall.getByRole('button', { name: 'Show data table' }).click();
      await waterfall.getByRole('table').waitFor();
      expect(log.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
