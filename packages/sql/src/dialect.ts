import type { Dialect } from './schema.js';

/**
 * What differs between the engines, as SQL fragments. Money runs on exact
 * integers everywhere (PostgreSQL NUMERIC with scale 0, DuckDB HUGEINT,
 * ClickHouse Int256): never FLOAT/DOUBLE, never a DECIMAL division (DuckDB
 * turns those into DOUBLE, ClickHouse truncates them).
 */
export interface DialectSql {
  dialect: Dialect;
  /** Whether the WITH list needs the RECURSIVE keyword (for the LCM fold). */
  recursive: boolean;
  /** The exact integer type money numerators are held in. */
  exactInt: string;
  /** Casts an expression to the exact integer type. */
  toExactInt(expr: string): string;
  /** An expression as text. */
  text(expr: string): string;
  /** Month index (year × 12 + month − 1) of a UTC timestamp. */
  monthIndex(expr: string): string;
  /** Milliseconds since the epoch of a UTC timestamp, as an exact integer. */
  epochMs(expr: string): string;
  /** a ÷ b truncated, both non-negative integers. */
  intDiv(a: string, b: string): string;
  /** Strips trailing zeros from a string of digits. */
  rtrimZeros(expr: string): string;
  /** The n-th ('.'-separated, 1-based) part of a string, '' when absent. */
  splitPart(expr: string, n: number): string;
  /** 10^k as an exact integer, k a non-negative integer expression. */
  pow10(k: string): string;
  /** A table expression yielding one column `month`, from a to b inclusive. */
  monthSeries(a: number, b: number): string;
  /** CTEs that fold the distinct `interval_count` of `prices` into their LCM as `lcm_value.l`. */
  lcmCtes(): string[];
  /** A positional parameter placeholder (1-based) for a text value. */
  param(index: number): string;
  /** Column types for the tables `loadDataset` creates. */
  types: { text: string; integer: string; timestamp: string; decimal(scale: number): string };
  /** The clause after CREATE TABLE's column list (ClickHouse needs an engine). */
  tableSuffix: string;
}

const recursiveLcm = (exactInt: string): string[] => [
  `counts AS (SELECT interval_count AS c, ROW_NUMBER() OVER (ORDER BY interval_count) AS i FROM (SELECT DISTINCT interval_count FROM prices) AS d)`,
  `lcm_fold (i, l) AS (SELECT CAST(0 AS BIGINT), CAST(1 AS ${exactInt}) UNION ALL SELECT counts.i, CAST(LCM(lcm_fold.l, CAST(counts.c AS ${exactInt})) AS ${exactInt}) FROM lcm_fold JOIN counts ON counts.i = lcm_fold.i + 1)`,
  `lcm_value AS (SELECT l FROM lcm_fold ORDER BY i DESC LIMIT 1)`,
];

const postgres: DialectSql = {
  dialect: 'postgres',
  recursive: true,
  exactInt: 'NUMERIC',
  toExactInt: (expr) => `CAST(${expr} AS NUMERIC)`,
  text: (expr) => `CAST(${expr} AS TEXT)`,
  monthIndex: (expr) => `CAST(EXTRACT(YEAR FROM ${expr}) * 12 + EXTRACT(MONTH FROM ${expr}) - 1 AS INTEGER)`,
  // EXTRACT(EPOCH ...) is an exact NUMERIC since PostgreSQL 14.
  epochMs: (expr) => `CAST(EXTRACT(EPOCH FROM ${expr}) * 1000 AS NUMERIC)`,
  intDiv: (a, b) => `DIV((${a}), (${b}))`,
  rtrimZeros: (expr) => `RTRIM(${expr}, '0')`,
  splitPart: (expr, n) => `SPLIT_PART(${expr}, '.', ${n})`,
  pow10: (k) => `CAST('1' || REPEAT('0', CAST(${k} AS INTEGER)) AS NUMERIC)`,
  monthSeries: (a, b) => `(SELECT CAST(m AS INTEGER) AS month FROM GENERATE_SERIES(${a}, ${b}) AS g(m))`,
  lcmCtes: () => recursiveLcm('NUMERIC'),
  param: (index) => `$${index}`,
  types: { text: 'TEXT', integer: 'INTEGER', timestamp: 'TIMESTAMP(3)', decimal: () => 'NUMERIC' },
  tableSuffix: '',
};

const duckdb: DialectSql = {
  dialect: 'duckdb',
  recursive: true,
  exactInt: 'HUGEINT',
  toExactInt: (expr) => `CAST(${expr} AS HUGEINT)`,
  text: (expr) => `CAST(${expr} AS VARCHAR)`,
  monthIndex: (expr) => `CAST(YEAR(${expr}) * 12 + MONTH(${expr}) - 1 AS INTEGER)`,
  epochMs: (expr) => `CAST(EPOCH_MS(${expr}) AS HUGEINT)`,
  intDiv: (a, b) => `((${a}) // (${b}))`,
  rtrimZeros: (expr) => `RTRIM(${expr}, '0')`,
  splitPart: (expr, n) => `SPLIT_PART(${expr}, '.', ${n})`,
  pow10: (k) => `CAST('1' || REPEAT('0', CAST(${k} AS INTEGER)) AS HUGEINT)`,
  monthSeries: (a, b) => `(SELECT CAST(m AS INTEGER) AS month FROM RANGE(${a}, ${b + 1}) AS g(m))`,
  lcmCtes: () => recursiveLcm('HUGEINT'),
  param: (index) => `$${index}`,
  // DECIMAL(38, s) holds the data's own scale, chosen by loadDataset.
  types: { text: 'VARCHAR', integer: 'INTEGER', timestamp: 'TIMESTAMP', decimal: (scale) => `DECIMAL(38, ${scale})` },
  tableSuffix: '',
};

const clickhouse: DialectSql = {
  dialect: 'clickhouse',
  recursive: false,
  exactInt: 'Int256',
  toExactInt: (expr) => `toInt256(${expr})`,
  text: (expr) => `toString(${expr})`,
  monthIndex: (expr) => `toInt32(toYear(${expr}) * 12 + toMonth(${expr}) - 1)`,
  epochMs: (expr) => `toInt256(toUnixTimestamp64Milli(${expr}))`,
  intDiv: (a, b) => `intDiv(${a}, ${b})`,
  rtrimZeros: (expr) => `replaceRegexpOne(${expr}, '0+$', '')`,
  splitPart: (expr, n) => `(splitByChar('.', ${expr})[${n}])`,
  pow10: (k) => `toInt256(concat('1', repeat('0', toUInt32(${k}))))`,
  monthSeries: (a, b) => `(SELECT toInt32(number + ${a}) AS month FROM numbers(${b - a + 1}))`,
  lcmCtes: () => [
    `lcm_value AS (SELECT toInt256(arrayFold((acc, x) -> lcm(acc, x), groupUniqArray(toUInt64(interval_count)), toUInt64(1))) AS l FROM prices)`,
  ],
  param: (index) => `{p${index}:String}`,
  types: {
    text: 'String',
    integer: 'Int64',
    timestamp: "DateTime64(3, 'UTC')",
    decimal: (scale) => `Decimal(38, ${scale})`,
  },
  tableSuffix: ' ENGINE = MergeTree ORDER BY tuple()',
};

const DIALECT_SQL: Record<Dialect, DialectSql> = { postgres, duckdb, clickhouse };

/**
 * The SQL fragments of one dialect.
 *
 * @example
 * dialectSql('duckdb').exactInt //=> 'HUGEINT'
 * @throws {RangeError} when the dialect is not one revkit knows, named after `caller` (the function the user called)
 */
export function dialectSql(dialect: Dialect, caller = 'dialectSql'): DialectSql {
  const sql = Object.hasOwn(DIALECT_SQL, dialect) ? DIALECT_SQL[dialect] : undefined;
  if (!sql) throw new RangeError(`${caller}: dialect must be postgres, duckdb or clickhouse, got ${JSON.stringify(dialect)}`);
  return sql;
}
