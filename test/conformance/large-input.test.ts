// Streaming input (issue 14): `revkit report` reads a file of more than 1 GB
// (past V8's largest string, so it cannot be read as one string) piece by piece,
// and past its memory budget says in one line that the file is too large and what
// to do, never a V8 abort. Slow by nature (minutes on the shared machine): it has
// its own timeout, and the file is deleted afterwards.
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport } from '@revkit/core';
import { generateDataset } from '@revkit/sample-data';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from './cli.js';

const GIB = 1024 * 1024 * 1024;
const folder = mkdtempSync(join(tmpdir(), 'revkit-large-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The same customers' subscriptions, repeated with distinct ids until the file passes `bytes`. */
function writeRepeated(path: string, bytes: number): { copies: number; base: object } {
  const { currency, fxRates, subscriptions = [] } = generateDataset({ seed: 14, customers: 2000, months: 24, start: '2024-01' });
  const base = { currency, fxRates, subscriptions };
  const fd = openSync(path, 'w');
  let written = writeSync(fd, `${JSON.stringify({ currency, fxRates }).slice(0, -1)},"subscriptions":[`);
  let copies = 0;
  while (written < bytes) {
    const copy = subscriptions.map((sub) => ({ ...sub, id: `${sub.id}-${copies}`, customerId: `${sub.customerId}-${copies}` }));
    const text = JSON.stringify(copy);
    written += writeSync(fd, `${copies === 0 ? '' : ','}${text.slice(1, -1)}`);
    copies++;
  }
  writeSync(fd, ']}\n');
  closeSync(fd);
  return { copies, base };
}

/** Runs the built binary (stdin fed from a file, or closed), keeping its output. */
function revkit(args: readonly string[], stdinFile?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT });
    if (stdinFile === undefined) child.stdin.end();
    else {
      // The CLI stops reading at its budget: a broken pipe then is expected.
      child.stdin.on('error', () => undefined);
      createReadStream(stdinFile).pipe(child.stdin);
    }
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('a dataset file of more than 1 GB', () => {
  const file = join(folder, 'large.json');
  const { copies, base } = writeRepeated(file, 1.05 * GIB);

  it(
    'is reported by the revkit binary, streamed: each month is the copies of the small dataset',
    async () => {
      expect(statSync(file).size).toBeGreaterThan(GIB);
      const expected = buildReport(base, { from: '2024-01', to: '2025-12' });
      const result = await revkit(['report', file, '--from', '2024-01', '--to', '2025-12']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as { mrr: { month: string; mrr: number; customers: number; newCustomers: number }[] };
      expect(report.mrr).toHaveLength(expected.mrr.length);
      for (const [i, row] of report.mrr.entries()) {
        const small = expected.mrr[i]!;
        expect(row.month).toBe(small.month);
        expect(row.customers).toBe(small.customers * copies);
        expect(row.newCustomers).toBe(small.newCustomers * copies);
        // Each copy's exact MRR is the small one's: the sum differs from copies × the rounded figure by under half a cent each.
        expect(Math.abs(row.mrr - small.mrr * copies)).toBeLessThanOrEqual(copies * 0.005 + 0.01);
      }
    },
    30 * 60_000,
  );

  it(
    'past --max-memory, one line: too large, and what to do',
    async () => {
      const result = await revkit(['report', file, '--max-memory', '512']);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: is too large to read in memory \\(\\d+ MiB, over the 512 MiB budget of --max-memory\\): load it into DuckDB with revkit load --db duckdb:revenue\\.duckdb .*, then run revkit report --db duckdb:revenue\\.duckdb\\n$`),
      );
      expect(result.status).toBe(1);

      // From standard input the size is unknown: the heap is watched while parsing.
      const piped = await revkit(['report', '-', '--max-memory', '256'], file);
      expect(piped.stdout).toBe('');
      expect(piped.stderr).toMatch(
        /^-: is too large to read in memory \(\d+ MiB read so far, over the 256 MiB budget of --max-memory\): load it into DuckDB with revkit load --db duckdb:revenue\.duckdb FILE\.json, then run revkit report --db duckdb:revenue\.duckdb\n$/,
      );
      expect(piped.status).toBe(1);
    },
    5 * 60_000,
  );
});
