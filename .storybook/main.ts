import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/react-vite/node';

/**
 * Storybook for @revkit/react.
 *
 * The workspace packages are aliased to their TypeScript sources: the root
 * package does not depend on them, the kit changes every day, and reading
 * sources means no stale `dist/`, hot reload while a component is edited,
 * and prop tables built from the components' TSDoc. Vite resolves the
 * sources' `./x.js` imports to `./x.ts(x)`.
 */
const sourceFile = (path: string) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

export const revkitAliases = [
  { find: /^@revkit\/react$/, replacement: sourceFile('react/src/index.ts') },
  // `?raw` too: the Theming page reads the variables out of the stylesheet itself.
  { find: /^@revkit\/react\/styles\.css(\?raw)?$/, replacement: `${sourceFile('react/src/styles.css')}$1` },
  { find: /^@revkit\/core$/, replacement: sourceFile('core/src/index.ts') },
  { find: /^@revkit\/sample-data$/, replacement: sourceFile('sample-data/src/index.ts') },
];

export default defineMain({
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['./docs/**/*.mdx', './stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      include: [sourceFile('react/src/**/*.tsx')],
      shouldExtractLiteralValuesFromEnum: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      resolve: { alias: revkitAliases, dedupe: ['react', 'react-dom'] },
      build: {
        // The sample dataset and the docs make one big preview chunk; that is fine for a docs site.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          onwarn(warning: { code?: string }, warn: (warning: { code?: string }) => void) {
            // The kit marks its hook modules 'use client' for React Server Components; a client bundle drops it by design.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    });
  },
});
