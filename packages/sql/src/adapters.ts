import type { SqlClient, SqlRow, SqlValue } from './client.js';

// Each adapter takes the driver's own client, typed by the few methods it
// uses, so no driver is imported here: they stay optional peer dependencies.

/** The part of a `pg` Client or Pool the adapter uses. */
export interface PgLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: SqlRow[] }>;
  end?(): Promise<void>;
}

/**
 * A {@link SqlClient} over node-postgres (`pg`): a connected `Client` or a `Pool`.
 *
 * @example
 * const pg = new Client({ connectionString }); await pg.connect()
 * const report = await runReport(fromPg(pg))
 * @throws never (errors come from the queries)
 */
export function fromPg(client: PgLike): SqlClient {
  return {
    dialect: 'postgres',
    query: async (sql, params) => (await client.query(sql, params ? [...params] : undefined)).rows,
    close: async () => {
      await client.end?.();
    },
  };
}

/** The part of `@electric-sql/pglite`'s `PGlite` the adapter uses. */
export interface PgliteLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  close?(): Promise<void>;
}

/**
 * A {@link SqlClient} over PGlite (PostgreSQL in WebAssembly, in process).
 *
 * @example
 * const report = await runReport(fromPglite(new PGlite()))
 * @throws never (errors come from the queries)
 */
export function fromPglite(db: PgliteLike): SqlClient {
  return {
    dialect: 'postgres',
    query: async (sql, params) => (await db.query(sql, params ? [...params] : undefined)).rows as SqlRow[],
    close: async () => {
      await db.close?.();
    },
  };
}

/** The part of `@duckdb/node-api`'s `DuckDBConnection` the adapter uses. */
export interface DuckDBConnectionLike {
  runAndReadAll(sql: string, values?: SqlValue[]): Promise<{ getRowObjectsJS(): SqlRow[] }>;
  createAppender(table: string, schema?: string | null): Promise<DuckDBAppenderLike>;
  closeSync?(): void;
  disconnectSync?(): void;
}

/** The part of a DuckDB appender the adapter uses. */
export interface DuckDBAppenderLike {
  appendVarchar(value: string): void;
  appendNull(): void;
  endRow(): void;
  flushSync(): void;
  closeSync(): void;
}

/**
 * A {@link SqlClient} over DuckDB (`@duckdb/node-api`). Bulk loads go through
 * DuckDB's appender into a text staging table, then one INSERT … SELECT
 * casts them into revkit's tables.
 *
 * @example
 * const connection = await (await DuckDBInstance.create('revenue.duckdb')).connect()
 * const report = await runReport(fromDuckDB(connection))
 * @throws never (errors come from the queries)
 */
export function fromDuckDB(connection: DuckDBConnectionLike): SqlClient {
  const query = async (sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> =>
    (await connection.runAndReadAll(sql, params ? [...params] : undefined)).getRowObjectsJS();
  const columnTypes = async (table: string): Promise<Map<string, string>> => {
    const rows = await query('SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1', [table.replace(/^"|"$/g, '')]);
    return new Map(rows.map((row) => [String(row.column_name), String(row.data_type)]));
  };
  return {
    dialect: 'duckdb',
    query,
    insert: async (table, columns, rows) => {
      if (rows.length === 0) return;
      const staging = 'revkit_staging';
      await query(`CREATE OR REPLACE TEMP TABLE ${staging} (${columns.map((c) => `${c} VARCHAR`).join(', ')})`);
      const appender = await connection.createAppender(staging);
      for (const row of rows) {
        for (const value of row) {
          if (value === null) appender.appendNull();
          else appender.appendVarchar(value);
        }
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
      const types = await columnTypes(table);
      const values = columns.map((column) => castFromText(column, types.get(column.replace(/^"|"$/g, ''))));
      await query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${staging}`);
      await query(`DROP TABLE ${staging}`);
    },
    close: async () => {
      (connection.disconnectSync ?? connection.closeSync)?.call(connection);
    },
  };
}

/**
 * A staged text column cast to its column's type. DuckDB's cast from text to
 * a DECIMAL wider than 18 digits (held in a 128-bit integer) is about a
 * hundred times slower than to DECIMAL(18, s): values that fit go through
 * DECIMAL(18, s) (exact, then widened), the others take the wide cast.
 */
function castFromText(column: string, type: string | undefined): string {
  const decimal = type ? /^DECIMAL\((\d+),\s*(\d+)\)$/i.exec(type) : null;
  if (!decimal) return column;
  const [, precision, scale] = decimal as unknown as [string, string, string];
  if (Number(precision) <= 18 || Number(scale) > 18) return column;
  return `COALESCE(TRY_CAST(${column} AS DECIMAL(18, ${scale})), CAST(${column} AS ${type}))`;
}

/** The part of `@clickhouse/client`'s client the adapter uses. */
export interface ClickHouseClientLike {
  query(params: { query: string; format: 'JSONEachRow'; query_params?: Record<string, unknown> }): Promise<{ json<T>(): Promise<T[]> }>;
  command(params: { query: string; query_params?: Record<string, unknown> }): Promise<unknown>;
  insert(params: { table: string; values: Record<string, unknown>[]; format: 'JSONEachRow' }): Promise<unknown>;
  close?(): Promise<void>;
}

const RETURNS_ROWS = /^\s*(?:WITH|SELECT)\b/i;

function namedParams(params: readonly SqlValue[] | undefined): Record<string, unknown> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(params.map((value, i) => [`p${i + 1}`, value]));
}

function jsonRows(columns: readonly string[], rows: readonly (readonly (string | null)[])[]): Record<string, unknown>[] {
  const names = columns.map((column) => column.replace(/^"|"$/g, ''));
  return rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? null])));
}

/**
 * A {@link SqlClient} over a ClickHouse server (`@clickhouse/client`, HTTP).
 *
 * @example
 * const report = await runReport(fromClickHouse(createClient({ url: 'http://localhost:8123' })))
 * @throws never (errors come from the queries)
 */
export function fromClickHouse(client: ClickHouseClientLike): SqlClient {
  return {
    dialect: 'clickhouse',
    query: async (sql, params) => {
      const query_params = namedParams(params);
      if (!RETURNS_ROWS.test(sql)) {
        await client.command({ query: sql, query_params });
        return [];
      }
      return (await client.query({ query: sql, format: 'JSONEachRow', query_params })).json<SqlRow>();
    },
    insert: async (table, columns, rows) => {
      await client.insert({ table: table.replace(/"/g, ''), values: jsonRows(columns, rows), format: 'JSONEachRow' });
    },
    close: async () => {
      await client.close?.();
    },
  };
}

/** The part of `chdb`'s `Session` the adapter uses. */
export interface ChdbSessionLike {
  query(sql: string, format?: string): string;
  queryBind(sql: string, args: object, format?: string): string;
  cleanup?(): void;
}

/**
 * A {@link SqlClient} over chdb, ClickHouse embedded in the process, with
 * its data in the session's folder.
 *
 * @example
 * const report = await runReport(fromChdb(new Session('./revenue-chdb')))
 * @throws never (errors come from the queries)
 */
export function fromChdb(session: ChdbSessionLike): SqlClient {
  const parse = (output: string): SqlRow[] =>
    output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as SqlRow);
  return {
    dialect: 'clickhouse',
    query: async (sql, params) => {
      const named = namedParams(params);
      const output = named && params && params.length > 0 ? session.queryBind(sql, named, 'JSONEachRow') : session.query(sql, 'JSONEachRow');
      return parse(output ?? '');
    },
    insert: async (table, columns, rows) => {
      const body = jsonRows(columns, rows).map((row) => JSON.stringify(row)).join('\n');
      session.query(`INSERT INTO ${table} (${columns.join(', ')}) FORMAT JSONEachRow\n${body}`);
    },
    close: async () => {
      // The session's folder keeps the data; nothing to release before exit.
    },
  };
}
