// `pnpm bench`: runs every bench module in turn and prints its figures.
// A bench module exports an async function returning { name, ok }: ok is
// false only for a correctness failure (e.g. revkit and DuckDB disagree);
// a missed speed or size target is printed as MISS and does not fail.
import { runEngineBench } from './engine.mjs';

const benches = [
  runEngineBench,
  // Add sibling benches here, e.g. the React kit's bundle size once
  // bench/bundle-size.mjs exists:
  //   import { runBundleSizeBench } from './bundle-size.mjs';
  //   runBundleSizeBench,
];

let failed = false;
for (const bench of benches) {
  const outcome = await bench();
  if (!outcome.ok) {
    failed = true;
    console.error(`\nbench ${outcome.name}: FAILED (see above)`);
  }
}
process.exitCode = failed ? 1 : 0;
