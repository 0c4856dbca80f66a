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
     * One row per month from `from − 1` to `to`: exact numerators over
     * `denominator`, customer counts, and the money figures rounded half
     * away from zero to the cent (as integer cents) from those exact sums.
     */
    mrr: string;
    /** One row per cohort and month: retained customers and the cohort's MRR numerator. */
    cohorts: string;
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
 * statements.mrr // SELECT … one row per month 2023-12..2024-12
 * @throws {RevkitValidationError} when from/to are malformed or reversed, or the schema mapping is invalid
 */
export function compileReport(options: CompileOptions): CompiledReport {
  const d = dialectSql(options.dialect);
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
      mrr: withList([...ledger, ...mrrCtes(d, from, to)]) + mrrSelect(d) + settings,
      cohorts: withList([...ledger, ...cohortCtes(d, from, to)]) + cohortSelect(d) + settings,
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
  return col(table, field, alias)!;
}

/** The subscription columns every query starts from, with the contract's defaults for absent ones. */
function subscriptionsCte(d: DialectSql, schema: ResolvedSchema, to: number): string {
  const subs = schema.subscriptions!;
  const fx = schema.fxRates!;
  const settings = schema.settings!;
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
    `events AS (SELECT customer_id, start_month AS month, m AS delta FROM sub_m UNION ALL ` +
      `SELECT customer_id, end_month AS month, -m AS delta FROM sub_m WHERE end_month IS NOT NULL AND end_month <= ${to})`,
    `steps AS (SELECT customer_id, month, SUM(delta) AS change FROM events GROUP BY customer_id, month)`,
    `levels AS (SELECT customer_id, month, change, SUM(change) OVER (PARTITION BY customer_id ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS q FROM steps)`,
    // p = MRR at the end of the month before (constant between change points).
    `moves AS (SELECT customer_id, month, q, q - change AS p, MIN(CASE WHEN q > 0 THEN month END) OVER (PARTITION BY customer_id) AS first_paid FROM levels)`,
    `months AS ${d.monthSeries(from - 1, to)}`,
  ];
}

function mrrCtes(d: DialectSql, from: number, to: number): string[] {
  const zero = d.toExactInt('0');
  const when = (condition: string, value: string): string => `SUM(CASE WHEN ${condition} THEN ${value} ELSE ${zero} END)`;
  const count = (condition: string): string => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  const isNew = 'p = 0 AND q > 0 AND month = first_paid';
  const isReactivation = 'p = 0 AND q > 0 AND month > first_paid';
  return [
    `month_steps AS (SELECT month, SUM(q - p) AS mrr_delta, ` +
      `${count('q > 0')} - ${count('p > 0')} AS customers_delta, ` +
      `${when(isNew, 'q')} AS new_mrr, ${count(isNew)} AS new_customers, ` +
      `${when(isReactivation, 'q')} AS reactivation_mrr, ${count(isReactivation)} AS reactivated_customers, ` +
      `${when('p > 0 AND q > p', 'q - p')} AS expansion_mrr, ${when('q > 0 AND q < p', 'q - p')} AS contraction_mrr, ` +
      `${when('p > 0 AND q = 0', '-p')} AS churn_mrr, ${count('p > 0 AND q = 0')} AS churned_customers ` +
      `FROM moves WHERE month <= ${to} GROUP BY month ` +
      // A zero row per report month, so every month has a row even without data.
      `UNION ALL SELECT month, ${zero}, 0, ${zero}, 0, ${zero}, 0, ${zero}, ${zero}, ${zero}, 0 FROM months)`,
    `month_rows AS (SELECT mo.month AS month, ` +
      `${when('ms.month <= mo.month', 'ms.mrr_delta')} AS mrr_n, ` +
      `SUM(CASE WHEN ms.month <= mo.month THEN ms.customers_delta ELSE 0 END) AS customers_n, ` +
      ['new_mrr', 'new_customers', 'reactivation_mrr', 'reactivated_customers', 'expansion_mrr', 'contraction_mrr', 'churn_mrr', 'churned_customers']
        .map((field) => `SUM(CASE WHEN ms.month = mo.month THEN ms.${field} ELSE 0 END) AS ${field}_n`)
        .join(', ') +
      ` FROM months AS mo CROSS JOIN month_steps AS ms WHERE ms.month <= mo.month AND mo.month >= ${from - 1} GROUP BY mo.month)`,
  ];
}

/** Integer cents of numerator ÷ D, rounded half away from zero (exact integer arithmetic). */
function cents(d: DialectSql, numerator: string): string {
  const den = '(SELECT den FROM denominator)';
  const magnitude = d.intDiv(`ABS(${numerator}) * 200 + ${den}`, `2 * ${den}`);
  return `CASE WHEN ${numerator} < 0 THEN -${magnitude} ELSE ${magnitude} END`;
}

const MONEY_FIELDS = ['mrr', 'new_mrr', 'reactivation_mrr', 'expansion_mrr', 'contraction_mrr', 'churn_mrr'] as const;

function mrrSelect(d: DialectSql): string {
  const text = d.text.bind(d);
  return (
    `SELECT month, ${text('(SELECT den FROM denominator)')} AS denominator, ` +
    MONEY_FIELDS.map((field) => `${text(`${field}_n`)} AS ${field}, ${text(cents(d, `${field}_n`))} AS ${field}_cents`).join(', ') +
    `, ${text(cents(d, `12 * mrr_n`))} AS arr_cents, ` +
    ['customers', 'new_customers', 'reactivated_customers', 'churned_customers'].map((field) => `${text(`${field}_n`)} AS ${field}`).join(', ') +
    ` FROM month_rows ORDER BY month`
  );
}

function cohortCtes(d: DialectSql, from: number, to: number): string[] {
  return [
    `cohort_steps AS (SELECT first_paid AS cohort, month, SUM(q - p) AS mrr_delta, ` +
      `SUM(CASE WHEN q > 0 THEN 1 ELSE 0 END) - SUM(CASE WHEN p > 0 THEN 1 ELSE 0 END) AS retained_delta ` +
      `FROM moves WHERE first_paid >= ${from} AND first_paid <= ${to} AND month >= first_paid AND month <= ${to} GROUP BY first_paid, month)`,
    `cohort_rows AS (SELECT cs.cohort AS cohort, mo.month AS month, SUM(cs.mrr_delta) AS mrr_n, SUM(cs.retained_delta) AS retained_n ` +
      `FROM cohort_steps AS cs CROSS JOIN months AS mo WHERE mo.month >= cs.cohort AND cs.month <= mo.month GROUP BY cs.cohort, mo.month)`,
  ];
}

function cohortSelect(d: DialectSql): string {
  return (
    `SELECT cohort, month, ${d.text('(SELECT den FROM denominator)')} AS denominator, ${d.text('mrr_n')} AS mrr, ` +
    `${d.text(cents(d, 'mrr_n'))} AS mrr_cents, ${d.text('retained_n')} AS retained FROM cohort_rows ORDER BY cohort, month`
  );
}

function currencySql(d: DialectSql, schema: ResolvedSchema): string {
  const settings = schema.settings!;
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
