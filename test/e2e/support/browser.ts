import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../../../scripts/chromium.mjs';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = chromiumExecutablePath;

/** A browser with a throwaway profile, removed on close. */
export interface TestBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  // Chromium writes caches under $HOME unless told otherwise: keep runs clean.
  const home = mkdtempSync(join(tmpdir(), 'revkit-e2e-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') },
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Everything a page said that a user's console would show as a problem. */
export interface ConsoleLog {
  /** `console.error`, `console.warn`, uncaught errors and failed requests. */
  problems: string[];
}

/** A fresh context and page that records console problems. */
export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page; log: ConsoleLog }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  const log: ConsoleLog = { problems: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => log.problems.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  return { context, page, log };
}
