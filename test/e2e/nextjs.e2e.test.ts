import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
