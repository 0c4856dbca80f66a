import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './scripts/chromium.mjs';

/**
 * Every story of `.storybook/` runs as a test in real Chromium (Debian's
 * `/usr/bin/chromium`; nothing is downloaded): it renders, its play
 * function runs, axe finds no violation (`parameters.a11y.test = 'error'`)
 * and it logs no console error or warning (preview `afterEach`).
 *
 * Run with `pnpm test:stories`.
 */

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

/** One Vitest project per colour theme: every story is checked in light and again in dark. */
function storybookProject(theme: 'light' | 'dark'): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir, storybookScript: 'pnpm storybook --ci', initialGlobals: { theme } })],
    test: {
      name: `storybook-${theme}`,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            executablePath: chromiumExecutablePath,
            args: [...CHROMIUM_ARGS],
          },
        }),
        instances: [{ browser: 'chromium', viewport: { width: 1024, height: 768 } }],
      },
    },
  };
}

export default defineConfig({
  test: {
    projects: [storybookProject('light'), storybookProject('dark')],
  },
});
