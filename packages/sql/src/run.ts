import {
  ExactDecimal,
  RevkitValidationError,
  arpa,
  averageDealSize,
  formatMonth,
  mrrRowRates,
  reportMrrBridge,
  funnelConversion,
  parseMonthRange,
  pipelineVelocity,
  ratio,
  roundQuotient,
  satisfactionSummary,
  toMoney,
  winRate,
  type CohortRow,
  type MonthString,
  type MrrBridgeMonth,
  type MrrRow,
  type RangePaths,
  type Report,
  type SalesSummary,
  type SatisfactionSummary,
} from '@revkit/core';
import type { SqlClient, SqlRow } from './client.js';
import { compileReport } from './compile.js';
import { dialectSql } from './dialect.js';
import { resolveSchema, type ResolvedSchema, type SchemaMapping } from './schema.js';

/** Options of {@link runReport}. */
export interface RunReportOptions {
  /** Where the data is; defaults to the tables `loadDataset` creates. */
  schema?: SchemaMapping;
  /** First month, `YYYY-MM`; defaults to the data's first month. */
  from?: MonthString | string;
  /** Last month, `YYYY-MM`; defaults to the data's last month. */
  to?: MonthString | string;
  /** How problems name the bounds: `from`/`to` by default, `--from`/`--to` in the CLI. */
  paths?: RangePaths;
}

const MS_PER_DAY = 86_400_000;

/**
 * Computes the contract report inside the database and returns the same
 * typed `Report` as `buildReport` from `@revkit/core`, equal to it: the
 * engine sums, classifies and rounds the money exactly; the rates are taken
 * from the exact sums it returns through core's own ratio functions, and the
 * MRR bridge (`mrrBridge`) from its exact monthly numerators through core's
 * `reportMrrBridge`, so it is buildReport's to the cent.
 *
 * @example
 * const report = await runReport(fromPglite(db), { from: '2024-01', to: '2024-12' })
 * report.mrr.at(-1)?.mrr //=> 120100.5
 * @throws {RevkitValidationError} when from/to or the schema mapping is invalid, or the data breaks the contract
 * @throws {Error} the engine's error, when a table or column is missing or the server is unreachable
 */
export async function runReport(client: SqlClient, options: RunReportOptions = {}): Promise<Report> {
  const schema = resolveSchema(options.schema);
  const range = options.from !== undefined && options.to !== undefined
    ? { from: options.from, to: options.to }
    : await defaultRange(client, schema, options);
  const compiled = compileReport({ dialect: client.dialect, schema: options.schema ?? {}, from: range.from, to: range.to });
  const { statements } = compiled;
  const problems = await client.query(statements.problems);
  if (problems.length > 0) throw new RevkitValidationError(problems.map(describeProblem));
  const currencyRows = await client.query(statements.currency);
  const [currencyRow] = currencyRows;
  if (currencyRows.length !== 1 || currencyRow === undefined) {
    throw new RevkitValidationError([
      { path: schema.settings.displayName, message: `must hold exactly one row (the reporting currency), has ${currencyRows.length}` },
    ]);
  }
  const rows = await client.query(statements.mrrAndCohorts);
  const { mrr, months, denominator } = mrrRows(rows.filter((row) => row.kind === 'month'));
  // The bridge from the engine's exact monthly numerators, apportioned by core's own function: the same as buildReport's.
  const mrrBridge = reportMrrBridge({ from: compiled.from, to: compiled.to, denominator, months });
  const cohorts = cohortRows(rows.filter((row) => row.kind === 'cohort'));
  const sales = salesSummary((await client.query(statements.sales))[0] ?? {});
  const funnel = funnelConversion((await client.query(statements.funnel)).map((row) => ({ stage: text(row.stage), count: int(row.count) })));
  const satisfaction = satisfactionOfRows(await client.query(statements.satisfaction));
  return { currency: text(currencyRow.currency), from: compiled.from, to: compiled.to, mrr, mrrBridge, cohorts, sales, funnel, satisfaction };
}

function describeProblem(row: SqlRow): ValidationIssueLike {
  const count = text(row.subscriptions);
  if (text(row.missing_fx) === 'true' || text(row.missing_fx) === '1') {
    return { path: 'subscriptions', message: `${count} subscription(s) have a currency with no rate in the fx rates table` };
  }
  return {
    path: 'subscriptions',
    message: `${count} subscription(s) break the contract (interval ${JSON.stringify(row.interval_unit)}, or a missing or out-of-range amount, interval count, quantity or discount)`,
  };
}

interface ValidationIssueLike {
  path: string;
  message: string;
}

/** The data's first and last month, as `dataMonthRange` computes them in core. */
async function defaultRange(client: SqlClient, schema: ResolvedSchema, options: RunReportOptions): Promise<{ from: string; to: string }> {
  const d = dialectSql(client.dialect, 'runReport');
  const parts: string[] = [];
  const add = (table: { name: string; columns: Record<string, string | null> } | null, fields: string[]): void => {
    if (!table) return;
    for (const field of fields) {
      const column = table.columns[field];
      if (column) parts.push(`SELECT ${d.monthIndex(`t.${column}`)} AS m FROM ${table.name} AS t WHERE t.${column} IS NOT NULL`);
    }
  };
  add(schema.subscriptions, ['start', 'end']);
  add(schema.deals, ['createdAt', 'closedAt']);
  add(schema.surveys, ['at']);
  const rows = await client.query(`SELECT ${d.text('MIN(m)')} AS first, ${d.text('MAX(m)')} AS last FROM (${parts.join(' UNION ALL ')}) AS instants`);
  const first = rows[0]?.first;
  const last = rows[0]?.last;
  const paths = options.paths ?? { from: 'from', to: 'to' };
  if (first === null || first === undefined || last === null || last === undefined || text(first) === '' || text(first) === '\\N') {
    throw new RevkitValidationError([
      {
        path: options.from === undefined ? paths.from : paths.to,
        message: `has no default: the dataset has no dated records, so give ${paths.from} and ${paths.to} as YYYY-MM`,
      },
    ]);
  }
  const range = { from: options.from ?? formatMonth(int(first)), to: options.to ?? formatMonth(int(last)) };
  parseMonthRange(range, paths, { from: options.from === undefined, to: options.to === undefined });
  return range;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function int(value: unknown): number {
  return Number(text(value));
}

function big(value: unknown): bigint {
  return BigInt(text(value));
}

/** Integer cents as the JSON number `roundQuotient` gives: the nearest double, never −0. */
function money(centsText: unknown): number {
  return roundQuotient(big(centsText), 100n);
}

/** The report's rows, and each month's exact totals (numerators over `denominator`) for its bridge. */
function mrrRows(rows: SqlRow[]): { mrr: MrrRow[]; months: MrrBridgeMonth[]; denominator: bigint } {
  const result: MrrRow[] = [];
  const months: MrrBridgeMonth[] = [];
  // One denominator for the whole range (the engine's common one); 1 only when there is no row to read it from.
  let common = 1n;
  for (const [i, row] of rows.entries()) {
    const previous = rows[i - 1];
    if (previous === undefined) continue; // the first row is the month before the range, only a starting point
    const denominator = big(row.denominator);
    common = denominator;
    const mrr = big(row.mrr);
    const startingMrr = big(previous.mrr);
    const movements = {
      new: big(row.new_mrr),
      expansion: big(row.expansion_mrr),
      reactivation: big(row.reactivation_mrr),
      contraction: big(row.contraction_mrr),
      churn: big(row.churn_mrr),
    };
    months.push({ startingMrr, endingMrr: mrr, movements });
    const customers = int(row.customers);
    const churnedCustomers = int(row.churned_customers);
    result.push({
      month: formatMonth(int(row.month)),
      mrr: money(row.mrr_cents),
      arr: money(row.arr_cents),
      customers,
      arpa: arpa({ mrr: new ExactDecimal(mrr.toString()).div(denominator.toString()), customers }),
      new: money(row.new_mrr_cents),
      expansion: money(row.expansion_mrr_cents),
      reactivation: money(row.reactivation_mrr_cents),
      contraction: money(row.contraction_mrr_cents),
      churn: money(row.churn_mrr_cents),
      netNew: netNewCents(row, previous),
      newCustomers: int(row.new_customers),
      reactivatedCustomers: int(row.reactivated_customers),
      churnedCustomers,
      ...mrrRowRates({ startingMrr, endingMrr: mrr, movements, startingCustomers: int(previous.customers), churnedCustomers }),
    });
  }
  return { mrr: result, months, denominator: common };
}

/**
 * netNew = mrr − prev mrr, rounded once from the exact difference (not a
 * difference of rounded figures): to the cent half away from zero in
 * integers, then read as a number like every other money figure (as core's
 * report does; a decimal rounding would differ from it past 2^53 cents).
 */
function netNewCents(row: SqlRow, previous: SqlRow): number {
  const difference = big(row.mrr) - big(previous.mrr);
  const denominator = big(row.denominator);
  const magnitude = ((difference < 0n ? -difference : difference) * 200n + denominator) / (2n * denominator);
  return money(difference < 0n ? -magnitude : magnitude);
}

function cohortRows(rows: SqlRow[]): CohortRow[] {
  const cohorts: CohortRow[] = [];
  let current: (CohortRow & { first: bigint }) | null = null;
  for (const row of rows) {
    const cohort = formatMonth(int(row.cohort));
    if (current === null || current.cohort !== cohort) {
      current = {
        cohort,
        customers: int(row.customers),
        mrr: money(row.mrr_cents),
        logoRetention: [],
        revenueRetention: [],
        retainedCustomers: [],
        retainedMrr: [],
        first: big(row.mrr),
      };
      cohorts.push(current);
    }
    current.logoRetention.push(ratio(int(row.customers), current.customers) ?? 0);
    current.revenueRetention.push(ratio(big(row.mrr), current.first) ?? 0);
    // The exact figures behind the ratios, as buildReport carries them (money rounded once, in SQL).
    current.retainedCustomers.push(int(row.customers));
    current.retainedMrr.push(money(row.mrr_cents));
  }
  return cohorts.map(({ cohort, customers, mrr, logoRetention, revenueRetention, retainedCustomers, retainedMrr }) => ({
    cohort,
    customers,
    mrr,
    logoRetention,
    revenueRetention,
    retainedCustomers,
    retainedMrr,
  }));
}

function salesSummary(row: SqlRow): SalesSummary {
  const won = int(row.won);
  const lost = int(row.lost);
  const openDeals = int(row.open_deals);
  const meanDeal = won === 0 ? null : new ExactDecimal(text(row.won_amount)).div(won);
  const cycle = won === 0 ? null : new ExactDecimal(text(row.cycle_ms)).div(won * MS_PER_DAY);
  const rate = won + lost === 0 ? null : new ExactDecimal(won).div(won + lost);
  return {
    wonDeals: won,
    lostDeals: lost,
    winRate: winRate({ won, lost }),
    averageDealSize: averageDealSize(meanDeal === null ? [] : [meanDeal]),
    averageSalesCycleDays: cycle?.toNumber() ?? null,
    openDeals,
    openPipeline: toMoney(new ExactDecimal(text(row.open_amount))),
    pipelineVelocity: pipelineVelocity({ openDeals, averageDealSize: meanDeal, winRate: rate, averageSalesCycleDays: cycle }),
  };
}

function satisfactionOfRows(rows: SqlRow[]): SatisfactionSummary {
  // The engine counts responses per score, as the in-process report does; core turns the counts into figures.
  const responses = { csat: [] as number[], nps: [] as number[], ces: [] as number[] };
  for (const row of rows) {
    const type = text(row.type);
    if (type !== 'csat' && type !== 'nps' && type !== 'ces') continue;
    const score = int(row.score);
    responses[type][score] = (responses[type][score] ?? 0) + int(row.responses);
  }
  return satisfactionSummary(responses);
}
