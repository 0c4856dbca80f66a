import { defineLibraryConfig } from '../../rollup.config.base.mjs';

// The whole core; `@revkit/core/display`, the light part a chart kit needs; and each team's
// catalog entries (`@revkit/core/catalog/finance`…), so a page can ship only the definitions it shows.
export default defineLibraryConfig({
  input: {
    index: 'src/index.ts',
    'display/index': 'src/display/index.ts',
    'catalog/finance': 'src/catalog/finance.ts',
    'catalog/sales': 'src/catalog/sales.ts',
    'catalog/marketing': 'src/catalog/marketing.ts',
    'catalog/customerSuccess': 'src/catalog/customerSuccess.ts',
  },
});
