// The packages as a team adopts them (issue 13): every published package is
// packed to a tarball and installed into fresh apps outside the workspace
// (third-party packages from the registry), which build with strict
// TypeScript and run. The React apps' code is the README's own examples.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type TestBrowser } from './support/browser.js';
import {
  appManifest,
  npmInstall,
  packPublishedPackages,
  readmeBlock,
  runIn,
  STRICT_COMPILER_OPTIONS,
  workspaceVersion,
  writeFiles,
  type Tarballs,
} from './support/freshApps.js';
import { startAppServer, type RunningServer } from './support/servers.js';

const INSTALL_TIMEOUT = 900_000;
const BUILD_TIMEOUT = 600_000;

let work: string;
let tarballs: Tarballs;
let chromium: TestBrowser | undefined;
let browser: Browser;
const servers: RunningServer[] = [];

const versions = (names: string[]) => Object.fromEntries(names.map((name) => [name, workspaceVersion(name)]));

const tsconfig = (extra: Record<string, unknown>, include: string[]) =>
  JSON.stringify({ compilerOptions: { ...STRICT_COMPILER_OPTIONS, ...extra }, include }, null, 2);

/** A Vite + React SPA whose dashboard is the react README's client example. */
function scaffoldVite(root: string): void {
  writeFiles(root, {
    'package.json': appManifest(
      'fresh-vite-app',
      tarballs,
      ['@revkit/core', '@revkit/react', '@revkit/sample-data'],
      versions(['react', 'react-dom', 'vite', '@vitejs/plugin-react', 'typescript', '@types/react', '@types/react-dom']),
    ),
    'tsconfig.json': tsconfig({ lib: ['ES2022', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx', types: ['vite/client'] }, ['src']),
    'vite.config.js': "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()] };\n",
    'index.html':
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>fresh app</title></head>' +
      '<body><main id="root"></main><script type="module" src="/src/main.tsx"></script></body></html>\n',
    'src/Dashboard.tsx': readmeBlock('packages/react/README.md', 'A dashboard (client-side', 'tsx'),
    'src/main.tsx':
      "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { Dashboard } from './Dashboard';\n\n" +
      "const root = document.getElementById('root');\nif (!root) throw new Error('#root is missing');\n" +
      'createRoot(root).render(<StrictMode><Dashboard /></StrictMode>);\n',
  });
}

/** A Next.js App Router app whose page is the react README's server component example. */
function scaffoldNext(root: string): void {
  writeFiles(root, {
    'package.json': appManifest(
      'fresh-next-app',
      tarballs,
      ['@revkit/core', '@revkit/react', '@revkit/sample-data'],
      versions(['next', 'react', 'react-dom', 'typescript', '@types/react', '@types/react-dom', '@types/node']),
    ),
    'tsconfig.json': tsconfig(
      // Next's own types need ES2024 and are not ours to check; the Vite app checks revkit's.
      { lib: ['DOM', 'DOM.Iterable', 'ESNext'], jsx: 'react-jsx', allowJs: false, incremental: true, skipLibCheck: true, plugins: [{ name: 'next' }] },
      ['next-env.d.ts', 'app', '.next/types/**/*.ts'],
    ),
    'app/layout.tsx':
      "import type { ReactNode } from 'react';\n\nexport const metadata = { title: 'fresh app' };\n\n" +
      'export default function RootLayout({ children }: { children: ReactNode }) {\n' +
      '  return (<html lang="en"><body><main>{children}</main></body></html>);\n}\n',
    'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n',
    'app/page.tsx': readmeBlock('packages/react/README.md', 'In a React Server Component', 'tsx'),
  });
}

/** A Node app: the core and sample-data READMEs' code, the SQL package on PGlite, CSV import and the CLI. */
function scaffoldNode(root: string): void {
  writeFiles(root, {
    'package.json': appManifest(
      'fresh-node-app',
      tarballs,
      ['@revkit/core', '@revkit/sample-data', '@revkit/sql', '@revkit/import', '@revkit/cli'],
      versions(['typescript', '@types/node', '@electric-sql/pglite']),
    ),
    'tsconfig.json': tsconfig({ lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], skipLibCheck: true, noEmit: false, rootDir: 'src', outDir: 'out' }, ['src']),
    'src/core-readme.ts': readmeBlock('packages/core/README.md', '@revkit/core', 'ts') + '\nconsole.log("core README ran");\n',
    'src/sample-data-readme.ts':
      readmeBlock('packages/sample-data/README.md', '@revkit/sample-data', 'ts') +
      "\nconsole.log(JSON.stringify({ months: report.mrr.length, big: (big.subscriptions?.length ?? 0) > 0, demo: demo.subscriptions?.length ?? 0 }));\n",
    'src/sql.ts': [
      "import { PGlite } from '@electric-sql/pglite';",
      "import { buildReport } from '@revkit/core';",
      "import { defaultDataset } from '@revkit/sample-data';",
      "import { fromPglite, loadDataset, runReport } from '@revkit/sql';",
      '',
      'const dataset = defaultDataset();',
      'const db = fromPglite(new PGlite());',
      'await loadDataset(db, dataset, { replace: true });',
      'const inDatabase = await runReport(db, {});',
      'const inProcess = buildReport(dataset);',
      'console.log(JSON.stringify({ same: JSON.stringify(inDatabase.mrr) === JSON.stringify(inProcess.mrr), lastMrr: inDatabase.mrr.at(-1)?.mrr }));',
      '',
    ].join('\n'),
    'src/csv.ts': [
      "import { buildReport } from '@revkit/core';",
      "import { datasetFromCsv } from '@revkit/import';",
      '',
      "const text = 'subscription_id,customer_id,start_date,end_date,monthly_amount\\ns1,c1,2024-01-01,,100.00\\ns2,c2,2024-02-10,2024-04-01,50.50\\n';",
      'const { dataset } = datasetFromCsv(',
      "  { subscriptions: { name: 'subscriptions.csv', text } },",
      "  { currency: 'USD', map: { amount: 'monthly_amount' }, set: { interval: 'month' } },",
      ');',
      "const report = buildReport(dataset, { from: '2024-01', to: '2024-04' });",
      'console.log(JSON.stringify(report.mrr.map((row) => row.mrr)));',
      '',
    ].join('\n'),
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'revkit-fresh-apps-'));
  tarballs = await packPublishedPackages(join(work, 'tarballs'));
  scaffoldVite(join(work, 'vite-app'));
  scaffoldNext(join(work, 'next-app'));
  scaffoldNode(join(work, 'node-app'));
  // Installs wait on the network more than on the CPU: run them together.
  await Promise.all(['vite-app', 'next-app', 'node-app'].map((app) => npmInstall(join(work, app))));
  chromium = await launchBrowser();
  browser = chromium.browser;
}, INSTALL_TIMEOUT);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await chromium?.close();
  // REVKIT_KEEP_FRESH_APPS=1 keeps the apps to look into a failure.
  if (work && !process.env.REVKIT_KEEP_FRESH_APPS) rmSync(work, { recursive: true, force: true });
});

/** Opens `url` and returns the figures' names and every console problem. */
async function visit(url: string): Promise<{ figures: string[]; problems: string[]; text: string }> {
  const { context, page, log } = await openPage(browser);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByRole('figure').first().waitFor();
    const figures = await page.getByRole('figure').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? node.querySelector('figcaption')?.textContent ?? ''));
    const text = await page.locator('body').innerText();
    return { figures, problems: log.problems, text };
  } finally {
    await context.close();
  }
}

describe('packed packages in fresh apps (strict TypeScript, Chromium)', () => {
  it('publishes workspace dependencies as ^ ranges, never workspace: or exact pins', async () => {
    for (const [name, file] of Object.entries(tarballs)) {
      const manifest = JSON.parse(await runIn(work, 'tar', ['-xOzf', file, 'package/package.json'])) as { dependencies?: Record<string, string> };
      for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
        expect(range, `${name} → ${dependency}`).toMatch(/^\^\d/);
      }
      const files = await runIn(work, 'tar', ['-tzf', file]);
      expect(files, `${name} ships a LICENSE`).toContain('package/LICENSE');
      expect(files, `${name} ships a README`).toContain('package/README.md');
    }
  });

  it('a Vite app built from the README example shows the dashboard with no console error', async () => {
    const app = join(work, 'vite-app');
    await runIn(app, 'npx', ['tsc', '-p', 'tsconfig.json']);
    await runIn(app, 'npx', ['vite', 'build']);
    const server = await startAppServer(app, ['node_modules', 'vite', 'bin', 'vite.js'], (port) => ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort']);
    servers.push(server);
    const { figures, problems, text } = await visit(server.url);
    expect(problems).toEqual([]);
    expect(figures.length).toBeGreaterThanOrEqual(6);
    expect(text).toMatch(/MRR/);
    expect(text).not.toMatch(/NaN/);
  }, BUILD_TIMEOUT);

  it('a Next.js app whose page is the README server component builds and hydrates without a warning', async () => {
    const app = join(work, 'next-app');
    const built = await runIn(app, 'npx', ['next', 'build']);
    expect(built).not.toMatch(/Functions cannot be passed/);
    const server = await startAppServer(app, ['node_modules', 'next', 'dist', 'bin', 'next'], (port) => ['start', '--hostname', '127.0.0.1', '--port', String(port)]);
    servers.push(server);
    const html = await (await fetch(server.url)).text();
    expect(html).toMatch(/<figure class="rk rk-chart rk-waterfall[ "]/);
    const { figures, problems } = await visit(server.url);
    expect(problems).toEqual([]);
    // Every chart of the README's server example, the sales board included.
    expect(figures.length).toBeGreaterThanOrEqual(8);
  }, BUILD_TIMEOUT);

  it('a Node app runs the core and sample-data READMEs, the SQL package, CSV import and the CLI', async () => {
    const app = join(work, 'node-app');
    await runIn(app, 'npx', ['tsc', '-p', 'tsconfig.json']);
    // The core README reads data.json: the sample dataset as a user would save it.
    await runIn(app, process.execPath, ['--input-type=module', '-e', "import { defaultDataset } from '@revkit/sample-data'; import { writeFileSync } from 'node:fs'; writeFileSync('data.json', JSON.stringify(defaultDataset()));"]);
    expect(await runIn(app, process.execPath, ['out/core-readme.js'])).toContain('core README ran');
    const sample = JSON.parse(await runIn(app, process.execPath, ['out/sample-data-readme.js'])) as { months: number; big: boolean; demo: number };
    expect(sample.months).toBeGreaterThan(12);
    expect(sample.big).toBe(true);
    const sql = JSON.parse(await runIn(app, process.execPath, ['out/sql.js'])) as { same: boolean; lastMrr: number };
    expect(sql.same).toBe(true);
    expect(sql.lastMrr).toBeGreaterThan(0);
    expect(JSON.parse(await runIn(app, process.execPath, ['out/csv.js']))).toEqual([100, 150.5, 150.5, 100]);
    expect(await runIn(app, 'npx', ['revkit', '--help'])).toMatch(/revkit report/);
    const table = await runIn(app, 'npx', ['revkit', 'report', 'data.json', '--format', 'table']);
    expect(table).toMatch(/MRR/);
    expect(table).not.toMatch(/NaN/);
  }, BUILD_TIMEOUT);
});
