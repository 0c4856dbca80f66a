// Bundle size of @revkit/react for `pnpm bench` (issue 4, "Size and speed"):
// the same measure as the package's budget check, returned as figures.
import { BUNDLE_BUDGETS, measureBundleSizes } from '../packages/react/scripts/bundle-size.mjs';

/**
 * Minified and gzipped bytes of one `KpiCard` import and of every component,
 * react external, from the built packages/react/dist.
 * @returns {Promise<{ name: string, minified: number, gzipped: number, budget: number, withinBudget: boolean }[]>}
 */
export async function measureReactBundleSize() {
  return measureBundleSizes();
}

export { BUNDLE_BUDGETS };
