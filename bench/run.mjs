// `pnpm bench`: runs every bench module in turn and prints its figures.
// A bench module exports an async function returning { name, ok }: ok is
// false only for a correctness failure (e.g. revkit and DuckDB disagree);
// a missed speed or size target is printed as MISS and does not fail.
import { availableParallelism, loadavg } from 'node:os';
import { runCliBench } from './cli.mjs';
import { runEngineBench } from './engine.mjs';
import { runLighthouseBench } from './lighthouse.mjs';
import { runReactBench } from './react.mjs';
import { runSqlBench } from './sql.mjs';

const ALL = { engine: runEngineBench, cli: runCliBench, react: runReactBench, sql: runSqlBench, lighthouse: runLighthouseBench };
// REVKIT_BENCH=sql (or engine,react…) runs only those.
const only = process.env.REVKIT_BENCH?.split(',').map((name) => name.trim()).filter(Boolean);
const unknown = (only ?? []).filter((name) => !(name in ALL));
if (unknown.length > 0) {
  console.error(`REVKIT_BENCH: unknown bench ${unknown.join(', ')} (expected ${Object.keys(ALL).join(', ')})`);
  process.exit(2);
}
const benches = only ? only.map((name) => ALL[name]) : Object.values(ALL);

// Timings on a shared machine are only as good as its idleness: say how busy it was.
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${load()} (1/5/15 min)`);

let failed = false;
for (const bench of benches) {
  const outcome = await bench();
  if (!outcome.ok) {
    failed = true;
    console.error(`\nbench ${outcome.name}: FAILED (see above)`);
  }
}
console.log(`\nload average at the end: ${load()}`);
process.exitCode = failed ? 1 : 0;
