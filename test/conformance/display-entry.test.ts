import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../packages/core/dist/display/index.js', import.meta.url));

// `@revkit/core/display` is what @revkit/react bundles at run time: the built
// entry must stay free of the exact engine (decimal.js, the ledger, the
// validator, the reports and metrics), or every chart would carry it.
describe('@revkit/core/display, as built', () => {
  it('bundles without decimal.js or the exact engine', async () => {
    expect(existsSync(entry), `${entry} is built`).toBe(true);
    const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('display/mrrBridge'))).toBe(true);
    const heavy = inputs.filter((path) => /decimal\.js|engine\/(exact|ledger|validate|subscriptionColumns)\/|\/report\/|\/metrics\//.test(path));
    expect(heavy).toEqual([]);
  });

  it('the root entry, by contrast, does carry decimal.js (the check can fail)', async () => {
    const root = fileURLToPath(new URL('../../packages/core/dist/index.js', import.meta.url));
    const result = await build({ entryPoints: [root], bundle: true, write: false, format: 'esm', metafile: true, logLevel: 'silent' });
    expect(Object.keys(result.metafile.inputs).some((path) => path.includes('decimal.js'))).toBe(true);
  });
});
