// Build step of the example: loads the sample dataset into a DuckDB file
// (data/revenue.duckdb) with @revkit/sql's loadDataset, for the /sql page to
// read its report from. Run by `pnpm build` before `next build`.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { defaultDataset } from '@revkit/sample-data';
import { fromDuckDB, loadDataset } from '@revkit/sql';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'revenue.duckdb');
mkdirSync(dirname(file), { recursive: true });
rmSync(file, { force: true });
rmSync(`${file}.wal`, { force: true });

const instance = await DuckDBInstance.create(file);
const connection = await instance.connect();
const client = fromDuckDB(connection);
try {
  const loaded = await loadDataset(client, defaultDataset(), { replace: true });
  console.log(`data/revenue.duckdb: ${loaded.subscriptions} subscriptions, ${loaded.deals} deals, ${loaded.surveys} survey answers`);
} finally {
  await client.close();
  instance.closeSync();
}
