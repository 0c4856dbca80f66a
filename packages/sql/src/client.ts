import type { Dialect } from './schema.js';

/** A value sent to the engine as a parameter: text, a number or null. */
export type SqlValue = string | number | null;

/** A result row: column name to value, as the driver returns it. */
export type SqlRow = Record<string, unknown>;

/**
 * What revkit needs from a database: its dialect and a way to run one
 * statement with positional parameters. The adapters (`fromPg`,
 * `fromPglite`, `fromDuckDB`, `fromClickHouse`, `fromChdb`) build one from a
 * driver's client; any object of this shape works.
 */
export interface SqlClient {
  dialect: Dialect;
  /** Runs one statement; `params` fill the dialect's placeholders (`$1`… or `{p1:String}`…). */
  query(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  /**
   * Appends rows to a table in the driver's fastest way (appender, bulk
   * format). Values are text or null and the engine casts them to the
   * column types. Without it, `loadDataset` sends batched INSERTs.
   */
  insert?(table: string, columns: readonly string[], rows: readonly (readonly (string | null)[])[]): Promise<void>;
  /** Releases the connection (the CLI calls it when done). */
  close?(): Promise<void>;
}
