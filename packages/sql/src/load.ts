import { validateDataset, type ValidDataset } from '@revkit/core';
import type { SqlClient } from './client.js';
import { dialectSql, type DialectSql } from './dialect.js';
import { DEFAULT_TABLES, REVOPS_SECTIONS, REVOPS_TABLE, type TableKey } from './schema.js';

/** Options of {@link loadDataset}. */
export interface LoadOptions {
  /** Drop revkit's tables first when they exist (otherwise existing tables are an error). */
  replace?: boolean;
  /** Rows per INSERT or append batch (default 1000). */
  batchSize?: number;
}

/** What was loaded, per table. */
export interface LoadSummary {
  subscriptions: number;
  fxRates: number;
  deals: number;
  funnel: number;
  surveys: number;
}

type Row = (string | null)[];

/** A decimal's exact text from its units and scale: 4990n, 2 → "49.90". */
function decimalText(value: { units: bigint; scale: number }): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const text = value.scale === 0 ? digits : `${digits.slice(0, -value.scale)}.${digits.slice(-value.scale)}`;
  return negative ? `-${text}` : text;
}

/** An instant as the UTC timestamp text every engine reads: `YYYY-MM-DD HH:MM:SS.mmm`. */
function timestampText(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * Validates a dataset exactly like `buildReport` and loads it into revkit's
 * tables (created here; their names and columns are in the docs), in
 * batches. Nothing is loaded when the dataset has a problem.
 *
 * @example
 * await loadDataset(fromDuckDB(connection), dataset, { replace: true })
 * @throws {RevkitValidationError} listing every problem of the dataset (nothing is written)
 * @throws {Error} when revkit's tables already exist and `replace` is not set, or the engine fails
 */
export async function loadDataset(client: SqlClient, dataset: unknown, options: LoadOptions = {}): Promise<LoadSummary> {
  const valid = validateDataset(dataset);
  const d = dialectSql(client.dialect, 'loadDataset');
  const rows = tableRows(valid, dataset);
  const scales = decimalScales(valid);
  const tables = Object.keys(DEFAULT_TABLES) as TableKey[];
  if (options.replace) {
    for (const key of tables) await client.query(`DROP TABLE IF EXISTS "${DEFAULT_TABLES[key].table}"`);
    await client.query(`DROP TABLE IF EXISTS "${REVOPS_TABLE}"`);
  }
  const creates = [
    ...tables.map((key) => ({ name: DEFAULT_TABLES[key].table, sql: createTableSql(d, key, scales) })),
    { name: REVOPS_TABLE, sql: `CREATE TABLE "${REVOPS_TABLE}" ("section" ${d.types.text}, "document" ${d.types.text})${d.tableSuffix}` },
  ];
  for (const { name, sql } of creates) {
    try {
      await client.query(sql);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/exist/i.test(message)) {
        // Loading over existing tables without `replace` is a caller's mistake: the policy's RangeError naming the function.
        throw new RangeError(`loadDataset: ${name} already exists: load with replace to overwrite revkit's tables`, { cause: error });
      }
      throw error;
    }
  }
  const batchSize = options.batchSize ?? 1000;
  const loads = [
    ...tables.map((key) => ({ table: `"${DEFAULT_TABLES[key].table}"`, columns: Object.values(DEFAULT_TABLES[key].columns), data: rows[key] })),
    { table: `"${REVOPS_TABLE}"`, columns: ['section', 'document'], data: revopsRows(valid, dataset) },
  ];
  for (const load of loads) {
    const table = load.table;
    const columns = load.columns.map((column) => `"${column}"`);
    const data = load.data;
    if (client.insert) {
      for (let i = 0; i < data.length; i += batchSize * 50) await client.insert(table, columns, data.slice(i, i + batchSize * 50));
    } else {
      for (let i = 0; i < data.length; i += batchSize) await insertBatch(client, d, table, columns, data.slice(i, i + batchSize));
    }
  }
  return {
    subscriptions: rows.subscriptions.length,
    fxRates: rows.fxRates.length,
    deals: rows.deals.length,
    funnel: rows.funnel.length,
    surveys: rows.surveys.length,
  };
}

async function insertBatch(client: SqlClient, d: DialectSql, table: string, columns: string[], rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const params: (string | null)[] = [];
  const tuples = rows.map((row) => `(${row.map((value) => (params.push(value), d.param(params.length))).join(', ')})`);
  await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
}

interface Scales {
  amount: number;
  quantity: number;
  discount: number;
  rate: number;
  dealAmount: number;
}

/** The largest decimal scale per column, so DECIMAL(38, s) columns hold every value exactly. */
function decimalScales(valid: ValidDataset): Scales {
  const scales: Scales = { amount: 0, quantity: 0, discount: 0, rate: 0, dealAmount: 0 };
  for (const sub of valid.subscriptions) {
    scales.amount = Math.max(scales.amount, sub.amount.scale);
    scales.quantity = Math.max(scales.quantity, sub.quantity.scale);
    scales.discount = Math.max(scales.discount, sub.discount.scale);
    scales.rate = Math.max(scales.rate, sub.fx.scale);
  }
  for (const deal of valid.deals) scales.dealAmount = Math.max(scales.dealAmount, deal.amount.scale);
  return scales;
}

function createTableSql(d: DialectSql, key: TableKey, scales: Scales): string {
  const { text, integer, timestamp, decimal } = d.types;
  const nullable = (type: string): string => (d.dialect === 'clickhouse' ? `Nullable(${type})` : type);
  const types: Record<TableKey, string[]> = {
    settings: [text],
    fxRates: [text, decimal(scales.rate)],
    subscriptions: [
      text,
      text,
      timestamp,
      nullable(timestamp),
      decimal(scales.amount),
      text,
      integer,
      decimal(scales.quantity),
      decimal(scales.discount),
      nullable(text),
    ],
    deals: [text, timestamp, nullable(timestamp), text, decimal(scales.dealAmount), nullable(text), nullable(text)],
    funnel: [integer, text, integer],
    surveys: [text, integer, timestamp],
  };
  const columns = Object.entries(DEFAULT_TABLES[key].columns);
  const optional: readonly string[] = DEFAULT_TABLES[key].optional;
  const notNull = d.dialect === 'clickhouse' ? '' : ' NOT NULL';
  const definitions = columns.map(([field, column], i) => {
    const type = types[key][i];
    if (type === undefined) throw new RangeError(`createTableSql: no column type for ${key}.${field}`);
    return `"${column}" ${type}${type.startsWith('Nullable') || optional.includes(field) ? '' : notNull}`;
  });
  return `CREATE TABLE "${DEFAULT_TABLES[key].table}" (${definitions.join(', ')})${d.tableSuffix}`;
}

/** The RevOps inputs as given (validated above), one row per section present, and the deals' leads. */
function revopsRows(valid: ValidDataset, raw: unknown): Row[] {
  const input = raw as Record<string, unknown>;
  const rows: Row[] = [];
  for (const section of REVOPS_SECTIONS) {
    if (section !== 'dealLeads' && input[section] !== undefined && input[section] !== null) rows.push([section, JSON.stringify(input[section])]);
  }
  const leads: Record<string, string> = {};
  for (const deal of valid.deals) if (deal.leadId !== null) leads[deal.id] = deal.leadId;
  if (Object.keys(leads).length > 0) rows.push(['dealLeads', JSON.stringify(leads)]);
  return rows;
}

/** The rows of each table, in column order, as text. */
function tableRows(valid: ValidDataset, raw: unknown): Record<TableKey, Row[]> {
  const input = raw as { subscriptions?: { currency?: unknown }[] };
  const fxRates = new Map<string, string>();
  const subscriptions = valid.subscriptions.map((sub, i): Row => {
    const given = input.subscriptions?.[i]?.currency;
    const currency = typeof given === 'string' ? given : valid.currency;
    if (currency !== valid.currency) fxRates.set(currency, decimalText(sub.fx));
    return [
      sub.id,
      sub.customerId,
      timestampText(sub.start),
      sub.end === null ? null : timestampText(sub.end),
      decimalText(sub.amount),
      sub.interval,
      String(sub.intervalCount),
      decimalText(sub.quantity),
      decimalText(sub.discount),
      currency,
    ];
  });
  return {
    settings: [[valid.currency]],
    fxRates: [...fxRates].map(([currency, rate]) => [currency, rate]),
    subscriptions,
    deals: valid.deals.map((deal) => [
      deal.id,
      timestampText(deal.createdAt),
      deal.closedAt === null ? null : timestampText(deal.closedAt),
      deal.status,
      decimalText(deal.amount),
      deal.stage,
      deal.owner,
    ]),
    funnel: valid.funnel.map((stage, i) => [String(i), stage.stage, String(stage.count)]),
    surveys: valid.surveys.map((survey) => [survey.type, String(survey.score), timestampText(survey.at)]),
  };
}
