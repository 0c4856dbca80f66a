import { defineLibraryConfig } from '../../rollup.config.base.mjs';

// Two entries: the whole core, and `@revkit/core/display`, the light part a chart kit needs.
export default defineLibraryConfig({ input: { index: 'src/index.ts', 'display/index': 'src/display/index.ts' } });
