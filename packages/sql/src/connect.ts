import { fromChdb, fromClickHouse, fromDuckDB, fromPg, fromPglite, type ChdbSessionLike, type ClickHouseClientLike, type DuckDBConnectionLike, type PgliteLike, type PgLike } from './adapters.js';
import type { SqlClient } from './client.js';

/** The URL schemes {@link connect} understands, for messages and docs. */
export const DATABASE_URL_FORMS = [
  'postgres://user:password@host:port/db (or postgresql://), through pg',
  'pglite:DIR (embedded PostgreSQL, data kept in DIR), through @electric-sql/pglite',
  'duckdb:FILE (embedded DuckDB file; duckdb::memory: for a throwaway one), through @duckdb/node-api',
  'chdb:DIR (embedded ClickHouse, data kept in DIR), through chdb',
  'clickhouse://user:password@host:port/db (a ClickHouse server over HTTP), through @clickhouse/client',
] as const;

/** A connection failure said in one line, without the driver's stack. */
export class DatabaseConnectionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseConnectionError';
  }
}

async function load<T>(name: string, importer: () => Promise<T>): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    throw new DatabaseConnectionError(`this database needs the ${name} package: npm install ${name}`, { cause: error });
  }
}

/**
 * Opens a database from a URL whose scheme picks the engine and its driver
 * (an optional peer dependency, loaded only when used), and checks the
 * connection with a first query.
 *
 * @example
 * const client = await connect('duckdb:revenue.duckdb')
 * const report = await runReport(client)
 * await client.close?.()
 * @throws {DatabaseConnectionError} for an unknown scheme, a missing driver, an unreachable server or refused credentials
 */
export async function connect(url: string): Promise<SqlClient> {
  const client = await open(url);
  try {
    await client.query('SELECT 1 AS ok');
  } catch (error) {
    await client.close?.().catch(() => undefined);
    throw new DatabaseConnectionError(`cannot use ${redact(url)}: ${oneLine(error)}`, { cause: error });
  }
  return client;
}

async function open(url: string): Promise<SqlClient> {
  const scheme = /^([a-z]+):/i.exec(url)?.[1]?.toLowerCase();
  const rest = url.slice((scheme?.length ?? 0) + 1);
  try {
    switch (scheme) {
      case 'postgres':
      case 'postgresql': {
        const pg = await load('pg', () => import('pg'));
        const Client = (pg.default ?? pg).Client;
        const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
        await client.connect();
        return fromPg(client as unknown as PgLike);
      }
      case 'pglite': {
        const { PGlite } = await load('@electric-sql/pglite', () => import('@electric-sql/pglite'));
        const db = rest === '' || rest === ':memory:' ? new PGlite() : new PGlite(rest);
        await db.waitReady;
        return fromPglite(db as unknown as PgliteLike);
      }
      case 'duckdb': {
        const { DuckDBInstance } = await load('@duckdb/node-api', () => import('@duckdb/node-api'));
        const instance = await DuckDBInstance.create(rest === '' ? ':memory:' : rest);
        return fromDuckDB((await instance.connect()) as unknown as DuckDBConnectionLike);
      }
      case 'chdb': {
        const chdb = await load('chdb', () => import('chdb'));
        const Session = (chdb as unknown as { Session: new (path?: string) => ChdbSessionLike }).Session;
        return fromChdb(rest === '' ? new Session() : new Session(rest));
      }
      case 'clickhouse': {
        const { createClient } = await load('@clickhouse/client', () => import('@clickhouse/client'));
        const parsed = new URL(url);
        const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'default';
        const client = createClient({
          url: `http://${parsed.host}`,
          username: decodeURIComponent(parsed.username) || 'default',
          password: decodeURIComponent(parsed.password),
          database,
          request_timeout: 30_000,
        });
        return fromClickHouse(client as unknown as ClickHouseClientLike);
      }
      default:
        throw new DatabaseConnectionError(`unknown database URL ${JSON.stringify(redact(url))}: use one of ${DATABASE_URL_FORMS.map((form) => form.split(' ')[0]).join(', ')}`);
    }
  } catch (error) {
    if (error instanceof DatabaseConnectionError) throw error;
    throw new DatabaseConnectionError(`cannot open ${redact(url)}: ${oneLine(error)}`, { cause: error });
  }
}

/** The URL with its password replaced, so messages never print a secret. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):([^@/]*)@/, '//$1:***@');
}

/**
 * An engine error in one line: the first line of its message, without the
 * echoed SQL or stack that some drivers append.
 *
 * @example
 * oneLine(new Error('Catalog Error: Table with name x does not exist!\nDid you mean …')) //=> 'Catalog Error: Table with name x does not exist!'
 * @throws never
 */
export function oneLine(error: unknown): string {
  const aggregate = error as { errors?: unknown[]; code?: string; message?: string };
  let message = error instanceof Error ? error.message : String(error);
  if (message === '' && Array.isArray(aggregate.errors) && aggregate.errors.length > 0) message = oneLine(aggregate.errors[0]);
  if (message === '' && aggregate.code) message = aggregate.code;
  const first = message.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
  // ClickHouse repeats the whole query after "In scope"; keep the reason only.
  return first.replace(/:? In scope [\s\S]*?(\([A-Z_]+\))?$/, (_, code: string | undefined) => (code ? ` ${code}` : '')).slice(0, 300);
}
