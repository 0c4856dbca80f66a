// The independent yardstick: the monthly MRR movements of the report
// contract written as the SQL a data team would write, run by DuckDB.
import { DuckDBInstance } from '@duckdb/node-api';

// Fixed scales the data is loaded at. Loading checks every value fits, so
// the DECIMAL columns hold the input exactly (no silent rounding on cast).
const SCALES = { amount: 4, quantity: 4, discount: 4, fx: 6 };
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function decimalText(value, field, scale) {
  const text = typeof value === 'number' ? String(value) : value;
  const match = /^-?\d+(?:\.(\d+))?$/.exec(text);
  if (!match || (match[1]?.length ?? 0) > scale) {
    throw new Error(`duckdb load: ${field} ${JSON.stringify(value)} does not fit DECIMAL(…, ${scale})`);
  }
  return text;
}

function dateText(value, field) {
  // The generated data uses plain dates; a date-time would need TIMESTAMPTZ handling here.
  if (!DATE_ONLY.test(value)) throw new Error(`duckdb load: ${field} ${JSON.stringify(value)} is not a plain date`);
  return value;
}

function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * Opens an in-memory DuckDB and loads a dataset's subscriptions (appender
 * into a text staging table, then one typed CREATE TABLE AS) and its fx
 * rates. Not timed by the bench: only the query is.
 */
export async function loadDuckDb(dataset, { threads = 2 } = {}) {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE raw_subscriptions (
    customer_id VARCHAR, start_at VARCHAR, end_at VARCHAR, amount VARCHAR, interval VARCHAR,
    interval_count INTEGER, quantity VARCHAR, discount VARCHAR, currency VARCHAR)`);
  const appender = await connection.createAppender('raw_subscriptions');
  const intervalCounts = new Set();
  for (const sub of dataset.subscriptions ?? []) {
    appender.appendVarchar(sub.customerId);
    appender.appendVarchar(dateText(sub.start, 'start'));
    if (sub.end === null || sub.end === undefined) appender.appendNull();
    else appender.appendVarchar(dateText(sub.end, 'end'));
    appender.appendVarchar(decimalText(sub.amount, 'amount', SCALES.amount));
    appender.appendVarchar(sub.interval);
    appender.appendInteger(sub.intervalCount ?? 1);
    appender.appendVarchar(decimalText(sub.quantity ?? 1, 'quantity', SCALES.quantity));
    appender.appendVarchar(decimalText(sub.discount ?? 0, 'discount', SCALES.discount));
    appender.appendVarchar(sub.currency ?? dataset.currency);
    appender.endRow();
    intervalCounts.add(sub.intervalCount ?? 1);
  }
  appender.closeSync();
  await connection.run(`CREATE TABLE subscriptions AS SELECT
      customer_id,
      CAST(start_at AS TIMESTAMP) AS start_at,
      CAST(end_at AS TIMESTAMP) AS end_at,
      CAST(amount AS DECIMAL(18, ${SCALES.amount})) AS amount,
      interval,
      interval_count,
      CAST(quantity AS DECIMAL(18, ${SCALES.quantity})) AS quantity,
      CAST(discount AS DECIMAL(9, ${SCALES.discount})) AS discount,
      currency
    FROM raw_subscriptions`);
  await connection.run('DROP TABLE raw_subscriptions');
  await connection.run(`CREATE TABLE fx_rates (currency VARCHAR PRIMARY KEY, rate DECIMAL(18, ${SCALES.fx}))`);
  const rates = { ...dataset.fxRates, [dataset.currency]: '1' };
  for (const [currency, rate] of Object.entries(rates)) {
    await connection.run(`INSERT INTO fx_rates VALUES ('${currency}', ${decimalText(rate, `fxRates.${currency}`, SCALES.fx)})`);
  }
  // Every monthly amount × 12 × L is an exact decimal when L is the least
  // common multiple of the interval counts (K × 12 is 365, 52, 12, 4 or 1).
  const lcm = [...intervalCounts].reduce((l, n) => (l / gcd(l, n)) * n, 1);
  return {
    connection,
    scaleFactor: 12n * BigInt(lcm),
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * The contract's MRR movements per month, from..to ('YYYY-MM'), in SQL:
 * scaled monthly amounts (× 12L, exact DECIMAL), a month spine, "active at
 * the end of M" as start < B(M) and (end null or end ≥ B(M)), customer-month
 * MRR filled with zeros between a customer's first paying month and the
 * month after their last, LAG for the previous month, and "new" vs
 * "reactivation" by whether the customer paid in any earlier month.
 */
export function movementsSql({ from, to, lcm }) {
  return `
WITH priced AS (
  SELECT s.customer_id, s.start_at, COALESCE(s.end_at, 'infinity'::TIMESTAMP) AS end_at,
         s.amount * s.quantity * (1 - s.discount) * fx.rate
           * ((CASE s.interval WHEN 'day' THEN 365 WHEN 'week' THEN 52 WHEN 'month' THEN 12
                               WHEN 'quarter' THEN 4 WHEN 'year' THEN 1 END) * ${lcm} // s.interval_count) AS scaled_mrr
  FROM subscriptions s JOIN fx_rates fx USING (currency)
),
spine AS (
  SELECT CAST(month_start AS DATE) AS month, month_start + INTERVAL 1 MONTH AS boundary
  FROM (SELECT unnest(generate_series(date_trunc('month', MIN(start_at)), TIMESTAMP '${to}-01', INTERVAL 1 MONTH)) AS month_start
        FROM subscriptions)
),
active AS (
  SELECT p.customer_id, sp.month, SUM(p.scaled_mrr) AS mrr
  FROM priced p JOIN spine sp ON p.start_at < sp.boundary AND p.end_at >= sp.boundary
  GROUP BY p.customer_id, sp.month
  HAVING SUM(p.scaled_mrr) > 0
),
customer_span AS (
  SELECT customer_id, MIN(month) AS first_month, MAX(month) AS last_month FROM active GROUP BY customer_id
),
filled AS (
  SELECT c.customer_id, sp.month, COALESCE(a.mrr, 0) AS mrr
  FROM customer_span c
  JOIN spine sp ON sp.month BETWEEN c.first_month AND c.last_month + INTERVAL 1 MONTH
  LEFT JOIN active a ON a.customer_id = c.customer_id AND a.month = sp.month
),
movements AS (
  SELECT month, mrr AS q,
         COALESCE(LAG(mrr) OVER (PARTITION BY customer_id ORDER BY month), 0) AS p,
         COALESCE(MAX(mrr) OVER (PARTITION BY customer_id ORDER BY month
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) > 0 AS paid_before
  FROM filled
)
SELECT strftime(sp.month, '%Y-%m') AS month,
       COALESCE(SUM(m.q), 0) AS mrr,
       COUNT(*) FILTER (WHERE m.q > 0) AS customers,
       COALESCE(SUM(m.q) FILTER (WHERE m.p = 0 AND m.q > 0 AND NOT m.paid_before), 0) AS new,
       COUNT(*) FILTER (WHERE m.p = 0 AND m.q > 0 AND NOT m.paid_before) AS new_customers,
       COALESCE(SUM(m.q - m.p) FILTER (WHERE m.p > 0 AND m.q > m.p), 0) AS expansion,
       COALESCE(SUM(m.q) FILTER (WHERE m.p = 0 AND m.q > 0 AND m.paid_before), 0) AS reactivation,
       COUNT(*) FILTER (WHERE m.p = 0 AND m.q > 0 AND m.paid_before) AS reactivated_customers,
       COALESCE(SUM(m.q - m.p) FILTER (WHERE m.q > 0 AND m.q < m.p), 0) AS contraction,
       COALESCE(SUM(-m.p) FILTER (WHERE m.p > 0 AND m.q = 0), 0) AS churn,
       COUNT(*) FILTER (WHERE m.p > 0 AND m.q = 0) AS churned_customers
FROM spine sp LEFT JOIN movements m ON m.month = sp.month
WHERE sp.month BETWEEN DATE '${from}-01' AND DATE '${to}-01'
GROUP BY sp.month
ORDER BY sp.month`;
}

/** Runs the movements query; returns raw rows (DuckDB values). */
export async function queryMovements(db, { from, to }) {
  const lcm = db.scaleFactor / 12n;
  const reader = await db.connection.runAndReadAll(movementsSql({ from, to, lcm }));
  return reader.getRowObjects();
}

/** An exact DuckDB sum (scaled by 12L) as cents, rounded half away from zero like the contract. */
function toCents(value, scaleFactor) {
  // DECIMAL values carry a bigint and a scale; integer sums (none here) come as bigint.
  const units = typeof value === 'bigint' ? value : value.value;
  const scale = typeof value === 'bigint' ? 0 : value.scale;
  const denominator = 10n ** BigInt(scale) * scaleFactor;
  const numerator = units * 100n;
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

/** Turns query rows into { month, mrr, …cents as bigint, counts as numbers }. */
export function movementsInCents(rows, scaleFactor) {
  return rows.map((row) => ({
    month: row.month,
    mrr: toCents(row.mrr, scaleFactor),
    new: toCents(row.new, scaleFactor),
    expansion: toCents(row.expansion, scaleFactor),
    reactivation: toCents(row.reactivation, scaleFactor),
    contraction: toCents(row.contraction, scaleFactor),
    churn: toCents(row.churn, scaleFactor),
    customers: Number(row.customers),
    newCustomers: Number(row.new_customers),
    reactivatedCustomers: Number(row.reactivated_customers),
    churnedCustomers: Number(row.churned_customers),
  }));
}
