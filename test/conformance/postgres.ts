// The real PostgreSQL server of the SQL tests: `scripts/with-postgres.sh`
// (called by `.ci/run`) starts one and sets REVKIT_TEST_PG_URL. Without it,
// a developer's run skips those tests and says why; a CI run (CI=true) fails.
import pg from 'pg';
import { it } from 'vitest';

/** The server's URL (role `revkit`, with its password), or undefined when no server was started. */
export const PG_URL: string | undefined = process.env.REVKIT_TEST_PG_URL || undefined;

/** Why the server tests do not run. */
export const PG_MISSING =
  'no PostgreSQL server: REVKIT_TEST_PG_URL is not set (run the tests through scripts/with-postgres.sh, as .ci/run does)';

/**
 * Stands in for the server tests when there is no server: a failing test in
 * CI (a missing server must not pass unnoticed there), a skipped one with
 * the reason elsewhere.
 */
export function noPostgresServer(name: string): void {
  if (process.env.CI === 'true' || process.env.CI === '1') {
    it(`${name} (CI needs a PostgreSQL server)`, () => {
      throw new Error(`CI=true but ${PG_MISSING}`);
    });
  } else {
    console.warn(`skipped: ${name}: ${PG_MISSING}`);
    it(name, (context) => {
      context.skip(PG_MISSING);
    });
  }
}

/**
 * A new, empty database on the server, so that test files running at the
 * same time never share revkit's tables; returns its URL.
 */
export async function freshDatabase(url: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}
