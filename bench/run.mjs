// `pnpm bench`: runs every bench module in turn and prints its figures.
// A bench module exports an async function returning { name, ok }: ok is
// false only for a correctness failure (e.g. revkit and DuckDB disagree);
// a missed speed or size target is printed as MISS and does not fail.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
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
const names = only ?? Object.keys(ALL);

// Timings on a shared machine are only as good as its idleness: say how busy it was.
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const child = process.env.REVKIT_BENCH_SECTION === '1';
if (!child) console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${load()} (1/5/15 min)`);

let failed = false;
if (names.length > 1) {
  // Each section in a process of its own: a finished section's heap (the 1 M engine dataset and its
  // DuckDB copy) is still being collected by V8 in the background while the next section is timed, on
  // one of the two cores (the CLI at 1 M took 12.3 s after the engine section, 10.1 s alone).
  for (const name of names) {
    const section = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, REVKIT_BENCH: name, REVKIT_BENCH_SECTION: '1' },
    });
    if (section.status !== 0) {
      failed = true;
      console.error(`\nbench ${name}: FAILED (see above)`);
    }
  }
} else {
  for (const name of names) {
    const outcome = await ALL[name]();
    if (!outcome.ok) {
      failed = true;
      console.error(`\nbench ${outcome.name}: FAILED (see above)`);
    }
  }
}
if (!child) console.log(`\nload average at the end: ${load()}`);
process.exitCode = failed ? 1 : 0;
