import { parseMonthRange, type MonthString } from '@revkit/core';
import { dialectSql, type DialectSql } from './dialect.js';
import { resolveSchema, type Dialect, type ResolvedSchema, type ResolvedTable, type SchemaMapping } from './schema.js';

/** Options of {@link compileReport}. */
export interface CompileOptions {
  /** The engine the SQL is written for. */
  dialect: Dialect;
  /** Where the data is; defaults to the tables `loadDataset` creates. */
  schema?: SchemaMapping;
  /** First month of the report, `YYYY-MM`. */
  from: MonthString | string;
  /** Last month of the report, `YYYY-MM`. */
  to: MonthString | string;
}

/**
 * The report as SQL statements, one per section. Each is a single SELECT
 * that reads only the mapped tables; the only literals in them are the two
 * validated month numbers and constants of the contract.
 */
export interface CompiledReport {
  dialect: Dialect;
  from: MonthString;
  to: MonthString;
  statements: {
    /** The reporting currency (one row). */
    currency: string;
    /**
     * The MRR section and the cohorts in one pass over the subscriptions
     * (the per-customer ledger is the costly part: it is computed once).
     * Rows of `kind` `month`, one per month from `from − 1` to `to`: exact
     * numerators over `denominator`, customer counts, and the money figures
     * rounded half away from zero to the cent (as integer cents) from those
     * exact sums. Rows of `kind` `cohort`, one per cohort and month: the
     * cohort's MRR numerator (`mrr`, `mrr_cents`) and its customers still
     * paying (`customers`).
     */
    mrrAndCohorts: string;
    /** One row: deal counts and exact sums of the range. */
    sales: string;
    /** The funnel's stages in order. */
    funnel: string;
    /** Survey response counts by type and score, in the range. */
    satisfaction: string;
    /** Subscriptions the report cannot price (an unknown interval, a currency without a rate): must be empty. */
    problems: string;
  };
}

const MONTH_FACTORS = `CASE interval_unit WHEN 'day' THEN 365 WHEN 'week' THEN 52 WHEN 'month' THEN 12 WHEN 'quarter' THEN 4 WHEN 'year' THEN 1 END`;

/**
 * Compiles the whole contract report into SQL for one engine: MRR and its
 * movements per month, cohorts, sales, funnel and satisfaction, with exact
 * integer arithmetic for money (every monthly amount as a numerator over
 * one common denominator, exactly as `@revkit/core` computes it) and
 * rounding half away from zero to the cent from the exact sums.
 *
 * @example
 * const { statements } = compileReport({ dialect: 'duckdb', from: '2024-01', to: '2024-12' })
 * statements.mrrAndCohorts // SELECT … one row per month 2023-12..2024-12, then per cohort and month
 * @throws {RevkitValidationError} when from/to are malformed or reversed, or the schema mapping is invalid
 */
export function compileReport(options: CompileOptions): CompiledReport {
  const d = dialectSql(options.dialect, 'compileReport');
  const { from, to } = parseMonthRange({ from: options.from, to: options.to });
  const schema = resolveSchema(options.schema);
  const ledger = ledgerCtes(d, schema, from, to);
  const withList = (ctes: string[]): string => `WITH${d.recursive ? ' RECURSIVE' : ''}\n  ${ctes.join(',\n  ')}\n`;
  const settings = d.dialect === 'clickhouse' ? '\nSETTINGS join_use_nulls = 1' : '';
  return {
    dialect: options.dialect,
    from: options.from as MonthString,
    to: options.to as MonthString,
    statements: {
      currency: currencySql(d, schema),
      mrrAndCohorts: withList([...ledger, ...mrrCtes(d, from, to)]) + mrrAndCohortsSelect(d) + settings,
      sales: salesSql(d, schema, from, to),
      funnel: funnelSql(d, schema),
      satisfaction: satisfactionSql(d, schema, from, to),
      problems: problemsSql(d, schema, to) + settings,
    },
  };
}

function col(table: ResolvedTable, field: string, alias: string): string | null {
  const column = table.columns[field];
  return column === null || column === undefined ? null : `${alias}.${column}`;
}

/** A required column (the mapping guarantees it is present). */
function req(table: ResolvedTable, field: string, alias: string): string {
  const column = col(table, field, alias);
  if (column === null) throw new TypeError(`compileReport: ${table.displayName} has no ${field} column, which it requires`);
  return column;
}

/** The subscription columns every query starts from, with the contract's defaults for absent ones. */
function subscriptionsCte(d: DialectSql, schema: ResolvedSchema, to: number): string {
  const subs = schema.subscriptions;
  const fx = schema.fxRates;
  const settings = schema.settings;
  const end = col(subs, 'end', 's');
  const currency = col(subs, 'currency', 's');
  const start = d.monthIndex(req(subs, 'start', 's'));
  const endMonth = end === null ? 'NULL' : d.monthIndex(end);
  const reporting = `(SELECT ${req(settings, 'currency', 'r')} FROM ${settings.name} AS r LIMIT 1)`;
  const fxValue =
    currency === null
      ? '1'
      : `CASE WHEN ${currency} IS NULL OR ${currency} = ${reporting} THEN 1 ELSE x.${fx.columns.rate} END`;
  const fxJoin = currency === null ? '' : ` LEFT JOIN ${fx.name} AS x ON x.${fx.columns.currency} = ${currency}`;
  const alive = end === null ? '' : ` AND (${end} IS NULL OR ${endMonth} > ${start})`;
  return (
    `subs AS (SELECT ${req(subs, 'customerId', 's')} AS customer_id, ${start} AS start_month, ${endMonth} AS end_month, ` +
    `${req(subs, 'amount', 's')} AS amount, ${req(subs, 'interval', 's')} AS interval_unit, ` +
    `${coalesced(col(subs, 'intervalCount', 's'), '1')} AS interval_count, ` +
    `${coalesced(col(subs, 'quantity', 's'), '1')} AS quantity, ${coalesced(col(subs, 'discount', 's'), '0')} AS discount, ` +
    `${fxValue} AS fx FROM ${subs.name} AS s${fxJoin} WHERE ${start} <= ${to}${alive})`
  );
}

function coalesced(column: string | null, fallback: string): string {
  return column === null ? fallback : `COALESCE(${column}, ${fallback})`;
}

/**
 * The per-customer change points of MRR. Each distinct price is turned into
 * an exact integer numerator over D = 12 × L × 10^S (L the LCM of the
 * interval counts, S the largest decimal scale of a price's factors), read
 * from the decimal's text so the engine's own DECIMAL limits never round.
 */
function ledgerCtes(d: DialectSql, schema: ResolvedSchema, from: number, to: number): string[] {
  const part = (value: string, n: number): string => d.splitPart(value, n);
  const frac = (value: string): string => d.rtrimZeros(part(value, 2));
  const units = (value: string): string => d.toExactInt(`${part(value, 1)} || ${frac(value)}`);
  const units2 = d.dialect === 'clickhouse'
    ? (value: string): string => d.toExactInt(`concat(${part(value, 1)}, ${frac(value)})`)
    : units;
  const scale = (value: string): string => `LENGTH(${frac(value)})`;
  const factors = ['a', 'q', 'd', 'f'];
  return [
    subscriptionsCte(d, schema, to),
    `prices AS (SELECT DISTINCT amount, quantity, discount, fx, interval_unit, interval_count FROM subs)`,
    `price_text AS (SELECT amount, quantity, discount, fx, interval_unit, interval_count, ${d.text('amount')} AS a_t, ${d.text('quantity')} AS q_t, ${d.text('discount')} AS d_t, ${d.text('fx')} AS f_t FROM prices)`,
    `price_units AS (SELECT amount, quantity, discount, fx, interval_unit, interval_count, ${factors
      .map((f) => `${units2(`${f}_t`)} AS ${f}_u, ${scale(`${f}_t`)} AS ${f}_s`)
      .join(', ')} FROM price_text)`,
    `price_numerators AS (SELECT amount, quantity, discount, fx, interval_unit, interval_count, ` +
      `a_u * q_u * (${d.pow10('d_s')} - d_u) * f_u * ${d.toExactInt(MONTH_FACTORS)} AS num, a_s + q_s + d_s + f_s AS num_scale FROM price_units)`,
    ...d.lcmCtes(),
    `money_scale AS (SELECT (SELECT l FROM lcm_value) AS l, (SELECT COALESCE(MAX(num_scale), 0) FROM price_numerators) AS s)`,
    // D = 12 × L × 10^S; a price's numerator is num × 10^(S − its scale) × (L ÷ interval count).
    `denominator AS (SELECT ${d.toExactInt('12')} * l * ${d.pow10('s')} AS den FROM money_scale)`,
    `price_m AS (SELECT p.amount, p.quantity, p.discount, p.fx, p.interval_unit, p.interval_count, ` +
      `p.num * ${d.pow10('ms.s - p.num_scale')} * ${d.intDiv('ms.l', d.toExactInt('p.interval_count'))} AS m FROM price_numerators AS p CROSS JOIN money_scale AS ms)`,
    `sub_m AS (SELECT s.customer_id, s.start_month, s.end_month, pm.m FROM subs AS s JOIN price_m AS pm ON ` +
      `pm.amount = s.amount AND pm.quantity = s.quantity AND pm.discount = s.discount AND pm.fx = s.fx AND pm.interval_unit = s.interval_unit AND pm.interval_count = s.interval_count)`,
    // +m at the start, −m at the end (when it is in the report): one reference to sub_m, so no
    // engine computes it twice (ClickHouse inlines a CTE at each use).
    `events AS (SELECT customer_id, CASE WHEN e.k = 0 THEN start_month ELSE end_month END AS month, CASE WHEN e.k = 0 THEN m ELSE -m END AS delta ` +
      `FROM sub_m CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1 AS k) AS e WHERE e.k = 0 OR (end_month IS NOT NULL AND end_month <= ${to}))`,
    `steps AS (SELECT customer_id, month, SUM(delta) AS change FROM events GROUP BY customer_id, month)`,
    // q = MRR at the end of the month (a running sum of the changes); p = q − change, the
    // MRR at the end of the month before (constant between change points). Monthly amounts
    // are ≥ 0, so the first month with MRR > 0 is the first one whose change is > 0: both
    // come from one window over the same partition and order (one sort, not two).
    `moves AS (SELECT customer_id, month, q, q - change AS p, first_paid FROM (SELECT customer_id, month, change, ` +
      `SUM(change) OVER (PARTITION BY customer_id ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS q, ` +
      `MIN(CASE WHEN change > 0 THEN month END) OVER (PARTITION BY customer_id ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_paid ` +
      `FROM steps) AS levels)`,
    `months AS ${d.monthSeries(from - 1, to)}`,
  ];
}

/** The movement columns of a (cohort, month) step, money then counts as they alternate. */
const STEP_FIELDS = [
  'mrr_delta',
  'customers_delta',
  'new_mrr',
  'new_customers',
  'reactivation_mrr',
  'reactivated_customers',
  'expansion_mrr',
  'contraction_mrr',
  'churn_mrr',
  'churned_customers',
] as const;
const COUNT_FIELDS = new Set<string>(['customers_delta', 'new_customers', 'reactivated_customers', 'churned_customers']);

/**
 * The MRR rows and the cohort rows from one pass over the per-customer
 * ledger. `cohort_month_steps` sums every movement per (first paid month,
 * month): a few thousand rows. Each of them is then used twice through a
 * two-row cross join (never by naming the CTE twice, which ClickHouse would
 * compute twice): once under the key −1 (the whole business: the MRR
 * section) and once under its cohort (when the cohort is in the range).
 * Running sums over the months give MRR and customers; the movements are
 * the month's own.
 */
function mrrCtes(d: DialectSql, from: number, to: number): string[] {
  const zero = d.toExactInt('0');
  const when = (condition: string, value: string): string => `SUM(CASE WHEN ${condition} THEN ${value} ELSE ${zero} END)`;
  const count = (condition: string): string => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  const isNew = 'p = 0 AND q > 0 AND month = first_paid';
  const isReactivation = 'p = 0 AND q > 0 AND month > first_paid';
  const zeroOf = (field: string): string => (COUNT_FIELDS.has(field) ? '0' : zero);
  return [
    `cohort_month_steps AS (SELECT first_paid, month, SUM(q - p) AS mrr_delta, ` +
      `${count('q > 0')} - ${count('p > 0')} AS customers_delta, ` +
      `${when(isNew, 'q')} AS new_mrr, ${count(isNew)} AS new_customers, ` +
      `${when(isReactivation, 'q')} AS reactivation_mrr, ${count(isReactivation)} AS reactivated_customers, ` +
      `${when('p > 0 AND q > p', 'q - p')} AS expansion_mrr, ${when('q > 0 AND q < p', 'q - p')} AS contraction_mrr, ` +
      `${when('p > 0 AND q = 0', '-p')} AS churn_mrr, ${count('p > 0 AND q = 0')} AS churned_customers ` +
      `FROM moves WHERE month <= ${to} GROUP BY first_paid, month)`,
    `keyed_steps AS (SELECT CASE WHEN copy.k = 0 THEN -1 ELSE s.first_paid END AS cohort_key, s.month AS month, ` +
      STEP_FIELDS.map((field) => `s.${field} AS ${field}`).join(', ') +
      ` FROM cohort_month_steps AS s CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1 AS k) AS copy ` +
      `WHERE copy.k = 0 OR (s.first_paid >= ${from} AND s.first_paid <= ${to} AND s.month >= s.first_paid) ` +
      // A zero row per report month, so every month has an MRR row even without data.
      `UNION ALL SELECT -1, month, ${STEP_FIELDS.map(zeroOf).join(', ')} FROM months)`,
    `report_rows AS (SELECT ks.cohort_key AS cohort_key, mo.month AS month, SUM(ks.mrr_delta) AS mrr_n, SUM(ks.customers_delta) AS customers_n, ` +
      STEP_FIELDS.filter((field) => field !== 'mrr_delta' && field !== 'customers_delta')
        .map((field) => `SUM(CASE WHEN ks.month = mo.month THEN ks.${field} ELSE ${zeroOf(field)} END) AS ${field}_n`)
        .join(', ') +
      ` FROM months AS mo CROSS JOIN keyed_steps AS ks WHERE ks.month <= mo.month AND mo.month >= ks.cohort_key GROUP BY ks.cohort_key, mo.month)`,
  ];
}

/** Integer cents of numerator ÷ D, rounded half away from zero (exact integer arithmetic). */
function cents(d: DialectSql, numerator: string): string {
  const den = '(SELECT den FROM denominator)';
  const magnitude = d.intDiv(`ABS(${numerator}) * 200 + ${den}`, `2 * ${den}`);
  return `CASE WHEN ${numerator} < 0 THEN -${magnitude} ELSE ${magnitude} END`;
}

const MONEY_FIELDS = ['mrr', 'new_mrr', 'reactivation_mrr', 'expansion_mrr', 'contraction_mrr', 'churn_mrr'] as const;

/**
 * One row per month (`kind` month) then per cohort and month (`kind`
 * cohort), with the same columns: for a cohort, `mrr` and `customers` are
 * the cohort's MRR and its customers still paying.
 */
function mrrAndCohortsSelect(d: DialectSql): string {
  const text = d.text.bind(d);
  const counts = ['customers', 'new_customers', 'reactivated_customers', 'churned_customers'];
  return (
    `SELECT CASE WHEN cohort_key < 0 THEN 'month' ELSE 'cohort' END AS kind, CASE WHEN cohort_key < 0 THEN NULL ELSE cohort_key END AS cohort, month, ` +
    `${text('(SELECT den FROM denominator)')} AS denominator, ` +
    MONEY_FIELDS.map((field) => `${text(`${field}_n`)} AS ${field}, ${text(cents(d, `${field}_n`))} AS ${field}_cents`).join(', ') +
    `, ${text(cents(d, `12 * mrr_n`))} AS arr_cents, ` +
    counts.map((field) => `${text(`${field}_n`)} AS ${field}`).join(', ') +
    ` FROM report_rows ORDER BY cohort_key, month`
  );
}

function currencySql(d: DialectSql, schema: ResolvedSchema): string {
  const settings = schema.settings;
  return `SELECT ${d.text(req(settings, 'currency', 'r'))} AS currency FROM ${settings.name} AS r`;
}

function salesSql(d: DialectSql, schema: ResolvedSchema, from: number, to: number): string {
  const deals = schema.deals;
  if (deals === null) {
    return `SELECT '0' AS won, '0' AS lost, '0' AS won_amount, '0' AS cycle_ms, '0' AS open_deals, '0' AS open_amount`;
  }
  const status = req(deals, 'status', 'g');
  const closed = col(deals, 'closedAt', 'g');
  const created = req(deals, 'createdAt', 'g');
  const amount = req(deals, 'amount', 'g');
  const closedMonth = closed === null ? 'NULL' : d.monthIndex(closed);
  const inRange = closed === null ? 'FALSE' : `${closed} IS NOT NULL AND ${closedMonth} >= ${from} AND ${closedMonth} <= ${to}`;
  const won = `${status} = 'won' AND ${inRange}`;
  // Open at B(to): created before it, and still open then (v1.1, point in time).
  const open = `${d.monthIndex(created)} <= ${to} AND (${status} = 'open' OR ${closed === null ? 'FALSE' : `${closedMonth} > ${to}`})`;
  const count = (condition: string): string => d.text(`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`);
  const cycle = closed === null ? '0' : `${d.epochMs(closed)} - ${d.epochMs(created)}`;
  return (
    `SELECT ${count(won)} AS won, ${count(`${status} = 'lost' AND ${inRange}`)} AS lost, ` +
    `${d.text(`COALESCE(SUM(CASE WHEN ${won} THEN ${amount} END), 0)`)} AS won_amount, ` +
    `${d.text(`COALESCE(SUM(CASE WHEN ${won} THEN ${cycle} END), 0)`)} AS cycle_ms, ` +
    `${count(open)} AS open_deals, ${d.text(`COALESCE(SUM(CASE WHEN ${open} THEN ${amount} END), 0)`)} AS open_amount ` +
    `FROM ${deals.name} AS g`
  );
}

function funnelSql(d: DialectSql, schema: ResolvedSchema): string {
  const funnel = schema.funnel;
  if (funnel === null) return `SELECT '' AS stage, '0' AS count WHERE 1 = 0`;
  return (
    `SELECT ${d.text(req(funnel, 'stage', 'f'))} AS stage, ${d.text(req(funnel, 'count', 'f'))} AS count ` +
    `FROM ${funnel.name} AS f ORDER BY ${req(funnel, 'position', 'f')}`
  );
}

function satisfactionSql(d: DialectSql, schema: ResolvedSchema, from: number, to: number): string {
  const surveys = schema.surveys;
  if (surveys === null) return `SELECT '' AS type, '0' AS score, '0' AS responses WHERE 1 = 0`;
  const at = d.monthIndex(req(surveys, 'at', 'v'));
  const type = req(surveys, 'type', 'v');
  const score = req(surveys, 'score', 'v');
  return (
    `SELECT ${d.text(type)} AS type, ${d.text(score)} AS score, ${d.text('COUNT(*)')} AS responses ` +
    `FROM ${surveys.name} AS v WHERE ${at} >= ${from} AND ${at} <= ${to} GROUP BY ${type}, ${score}`
  );
}

function problemsSql(d: DialectSql, schema: ResolvedSchema, to: number): string {
  return (
    `WITH ${subscriptionsCte(d, schema, to)} ` +
    `SELECT ${d.text('interval_unit')} AS interval_unit, ${d.text('fx IS NULL')} AS missing_fx, ${d.text('COUNT(*)')} AS subscriptions FROM subs ` +
    `WHERE fx IS NULL OR interval_unit IS NULL OR interval_unit NOT IN ('day', 'week', 'month', 'quarter', 'year') ` +
    `OR interval_count IS NULL OR interval_count < 1 OR amount IS NULL OR amount < 0 OR quantity < 0 OR discount < 0 OR discount > 1 ` +
    `GROUP BY interval_unit, fx IS NULL`
  );
}
