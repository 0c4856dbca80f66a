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
  { find: /^@revkit\/react\/styles\.css$/, replacement: sourceFile('react/src/styles.css') },
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
      include: ['../packages/react/src/**/*.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      resolve: { alias: revkitAliases, dedupe: ['react', 'react-dom'] },
    });
  },
});
