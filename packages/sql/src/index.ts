// @revkit/sql: revkit's report contract computed inside PostgreSQL, DuckDB
// and ClickHouse, equal to @revkit/core's buildReport to the cent.
export { compileReport, type CompileOptions, type CompiledReport } from './compile.js';
export { runReport, type RunReportOptions } from './run.js';
export { loadDataset, type LoadOptions, type LoadSummary } from './load.js';
export { readDataset } from './read.js';
export type { SqlClient, SqlRow, SqlValue } from './client.js';
export {
  DEFAULT_TABLES,
  DIALECTS,
  REVOPS_TABLE,
  REVOPS_SECTIONS,
  type RevOpsSection,
  quoteIdentifier,
  resolveSchema,
  type Dialect,
  type SchemaMapping,
  type TableMapping,
  type TableKey,
  type ColumnKey,
} from './schema.js';
export {
  fromPg,
  fromPglite,
  fromDuckDB,
  fromClickHouse,
  fromChdb,
  type PgLike,
  type PgliteLike,
  type DuckDBConnectionLike,
  type DuckDBAppenderLike,
  type ClickHouseClientLike,
  type ChdbSessionLike,
} from './adapters.js';
export { connect, redact, oneLine, DatabaseConnectionError, DATABASE_URL_FORMS } from './connect.js';
