import { RevkitValidationError, type ValidationIssue } from '@revkit/core';

/** The SQL engines revkit compiles the report for. */
export type Dialect = 'postgres' | 'duckdb' | 'clickhouse';

/** Every dialect, in the order the docs list them. */
export const DIALECTS: readonly Dialect[] = ['postgres', 'duckdb', 'clickhouse'];

/**
 * The tables the report reads and the columns of each, with the names
 * `loadDataset` creates. A column marked optional may be mapped to `null`
 * when a team's table has no such column: the contract's default is used
 * (no end = ongoing, interval count 1, quantity 1, discount 0, the reporting
 * currency).
 */
export const DEFAULT_TABLES = {
  settings: { table: 'revkit_settings', columns: { currency: 'currency' }, optional: [] },
  fxRates: { table: 'revkit_fx_rates', columns: { currency: 'currency', rate: 'rate' }, optional: [] },
  subscriptions: {
    table: 'revkit_subscriptions',
    columns: {
      id: 'id',
      customerId: 'customer_id',
      start: 'start_at',
      end: 'end_at',
      amount: 'amount',
      interval: 'billing_interval',
      intervalCount: 'interval_count',
      quantity: 'quantity',
      discount: 'discount',
      currency: 'currency',
    },
    optional: ['end', 'intervalCount', 'quantity', 'discount', 'currency'],
  },
  deals: {
    table: 'revkit_deals',
    columns: {
      id: 'id',
      createdAt: 'created_at',
      closedAt: 'closed_at',
      status: 'status',
      amount: 'amount',
      stage: 'stage',
      owner: 'owner',
    },
    optional: ['closedAt', 'stage', 'owner'],
  },
  funnel: { table: 'revkit_funnel', columns: { position: 'position', stage: 'stage', count: 'count' }, optional: [] },
  surveys: { table: 'revkit_surveys', columns: { type: 'type', score: 'score', at: 'at' }, optional: [] },
} as const;

/**
 * The table where `loadDataset` keeps the dataset's RevOps inputs, which
 * the contract's report does not read: one row per section, its JSON as
 * given (`readDataset` reads them back for the RevOps report).
 */
export const REVOPS_TABLE = 'revkit_revops';

/** The sections kept in {@link REVOPS_TABLE}; `dealLeads` maps a deal's id to its `leadId`. */
export const REVOPS_SECTIONS = ['costs', 'leads', 'activities', 'usage', 'employeeSurveys', 'dealLeads'] as const;

/** One of {@link REVOPS_SECTIONS}. */
export type RevOpsSection = (typeof REVOPS_SECTIONS)[number];

/** A table the report reads. */
export type TableKey = keyof typeof DEFAULT_TABLES;
/** The columns of one of those tables. */
export type ColumnKey<T extends TableKey> = keyof (typeof DEFAULT_TABLES)[T]['columns'];

/** Where one table lives: its (optionally schema-qualified) name and its column names. */
export interface TableMapping<T extends TableKey> {
  /** `name` or `schema.name` (each part quoted as an identifier, never spliced). */
  table?: string;
  /** Column names by revkit field; `null` for an optional column the table does not have. */
  columns?: Partial<Record<ColumnKey<T>, string | null>>;
}

/**
 * Where the data is. Every table defaults to the one `loadDataset` creates;
 * `deals`, `funnel` and `surveys` may be `null` when a team has no such data
 * (their report sections are then empty).
 *
 * @example
 * const schema: SchemaMapping = {
 *   subscriptions: { table: 'billing.subscriptions', columns: { customerId: 'account_id', discount: null } },
 *   deals: null,
 * }
 */
export type SchemaMapping = {
  [T in TableKey]?: TableMapping<T> | (T extends 'deals' | 'funnel' | 'surveys' ? null : never);
};

/** A table resolved: quoted name, quoted columns (null = absent), or the whole table absent. */
export interface ResolvedTable {
  /** The table as written in SQL, each part quoted. */
  name: string;
  /** The table's unquoted display name, for messages. */
  displayName: string;
  /** Quoted column name per field, or null when the column is absent. */
  columns: Record<string, string | null>;
}

/** The whole resolved schema; a null table means the section has no data (only the optional ones can be). */
export type ResolvedSchema = { [T in TableKey]: T extends 'deals' | 'funnel' | 'surveys' ? ResolvedTable | null : ResolvedTable };

// Control characters and quotes are refused outright: quoting would handle
// quotes in PostgreSQL and DuckDB, but ClickHouse escapes differently and a
// name with a quote in it is far more likely a mistake than a real table.
const FORBIDDEN = /["'`\\]/;

function hasControlCharacter(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Quotes one identifier for SQL, refusing names that cannot be a real table
 * or column (empty, too long, with quotes or control characters).
 *
 * @example
 * quoteIdentifier('customer_id') //=> '"customer_id"'
 * @throws {RangeError} when the name is empty, longer than 63 characters, or has a quote or control character (`quoteIdentifier: …`)
 */
export function quoteIdentifier(name: string): string {
  const problem = identifierProblem(name);
  if (problem) throw new RangeError(`quoteIdentifier: ${problem}`);
  return `"${name}"`;
}

function identifierProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.trim() === '') return `must be a non-empty name, got ${JSON.stringify(name)}`;
  if (name.length > 63) return `is longer than 63 characters: ${JSON.stringify(name)}`;
  if (FORBIDDEN.test(name) || hasControlCharacter(name)) return `must not contain quotes, backslashes or control characters: ${JSON.stringify(name)}`;
  return null;
}

/**
 * Checks a schema mapping and resolves it onto the default tables: every
 * table and column name is quoted as an identifier. Unknown tables or
 * columns and malformed names are reported together, each with its path.
 *
 * @example
 * resolveSchema({ subscriptions: { table: 'billing.subscriptions' } }).subscriptions?.name
 * //=> '"billing"."subscriptions"'
 * @throws {RevkitValidationError} listing every problem of the mapping
 */
export function resolveSchema(mapping: unknown = {}): ResolvedSchema {
  const issues: ValidationIssue[] = [];
  const input = mapping ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new RevkitValidationError([{ path: 'schema', message: 'must be an object mapping tables' }]);
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(key in DEFAULT_TABLES)) {
      issues.push({ path: `schema.${key}`, message: `is not a table revkit reads (expected one of ${Object.keys(DEFAULT_TABLES).join(', ')})` });
    }
  }
  const table = (key: TableKey): ResolvedTable | null => resolveTable(key, record[key], issues);
  const resolved = {
    settings: table('settings'),
    fxRates: table('fxRates'),
    subscriptions: table('subscriptions'),
    deals: table('deals'),
    funnel: table('funnel'),
    surveys: table('surveys'),
  };
  const { settings, fxRates, subscriptions } = resolved;
  // A required table is null only with its issue pushed.
  if (issues.length > 0 || settings === null || fxRates === null || subscriptions === null) throw new RevkitValidationError(issues);
  return { ...resolved, settings, fxRates, subscriptions };
}

function resolveTable(key: TableKey, value: unknown, issues: ValidationIssue[]): ResolvedTable | null {
  const defaults = DEFAULT_TABLES[key];
  const path = `schema.${key}`;
  if (value === null) {
    if (key === 'deals' || key === 'funnel' || key === 'surveys') return null;
    issues.push({ path, message: 'is required: the report cannot run without it' });
    return null;
  }
  const mapping = value === undefined ? {} : value;
  if (typeof mapping !== 'object' || Array.isArray(mapping)) {
    issues.push({ path, message: 'must be an object { table, columns }' });
    return null;
  }
  const { table = defaults.table, columns = {}, ...rest } = mapping as { table?: unknown; columns?: unknown };
  for (const extra of Object.keys(rest)) issues.push({ path: `${path}.${extra}`, message: 'is not a mapping field (expected table or columns)' });
  let name = '';
  if (typeof table !== 'string') {
    issues.push({ path: `${path}.table`, message: `must be a table name, got ${JSON.stringify(table)}` });
  } else {
    const parts = table.split('.');
    const problems = parts.map(identifierProblem);
    const problem = parts.length > 2 ? 'must be name or schema.name' : problems.find((p) => p !== null);
    if (problem) issues.push({ path: `${path}.table`, message: problem });
    else name = parts.map((part) => `"${part}"`).join('.');
  }
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
    issues.push({ path: `${path}.columns`, message: 'must be an object of column names by field' });
    return null;
  }
  const given = columns as Record<string, unknown>;
  const known: Record<string, string> = defaults.columns;
  const optional: readonly string[] = defaults.optional;
  for (const field of Object.keys(given)) {
    if (!(field in known)) {
      issues.push({ path: `${path}.columns.${field}`, message: `is not a column of ${key} (expected one of ${Object.keys(known).join(', ')})` });
    }
  }
  const resolvedColumns: Record<string, string | null> = {};
  for (const field of Object.keys(known)) {
    const column = field in given ? given[field] : known[field];
    if (column === null) {
      if (!optional.includes(field)) issues.push({ path: `${path}.columns.${field}`, message: 'is required and cannot be null' });
      resolvedColumns[field] = null;
      continue;
    }
    const problem = identifierProblem(column);
    if (problem) issues.push({ path: `${path}.columns.${field}`, message: problem });
    else resolvedColumns[field] = `"${column as string}"`;
  }
  return { name, displayName: typeof table === 'string' ? table : '', columns: resolvedColumns };
}
