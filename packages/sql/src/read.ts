import type { Dataset, Deal, FunnelStageInput, Subscription, SurveyResponse } from '@revkit/core';
import type { SqlClient, SqlRow } from './client.js';
import { dialectSql } from './dialect.js';
import { DEFAULT_TABLES, REVOPS_SECTIONS, REVOPS_TABLE, type RevOpsSection } from './schema.js';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const orNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
/** Milliseconds since the epoch (as the engine's exact text) to an ISO instant. */
const instant = (value: unknown): string => new Date(Number(text(value))).toISOString();

/**
 * Reads back what {@link loadDataset} wrote into revkit's tables, as a
 * dataset in the contract's format: the subscriptions, deals, funnel and
 * surveys from their tables, the RevOps inputs (costs, leads, activities,
 * usage, employee surveys, the deals' leads) from `revkit_revops`. Amounts
 * come back as exact decimal text and instants as ISO date-times, so
 * `buildReport` and `buildRevOpsReport` give on it what they give on the
 * dataset that was loaded. It holds the whole dataset in memory: use it for
 * the figures the engine does not compute (the RevOps report), not for the
 * contract's report, which {@link runReport} computes inside the engine.
 *
 * @example
 * const dataset = await readDataset(fromDuckDB(connection))
 * const revops = buildRevOpsReport(dataset, { from: '2024-01', to: '2024-12' })
 * @throws {Error} the engine's error when revkit's tables are missing (a database not loaded by `loadDataset`)
 */
export async function readDataset(client: SqlClient): Promise<Dataset> {
  const d = dialectSql(client.dialect, 'readDataset');
  const select = async (key: keyof typeof DEFAULT_TABLES, expressions: Record<string, string>, order: string): Promise<SqlRow[]> => {
    const columns: Record<string, string> = DEFAULT_TABLES[key].columns;
    const list = Object.entries(expressions).map(([alias, field]) => {
      const [kind, name] = field.split(':') as [string, string];
      const column = `t."${columns[name] ?? name}"`;
      if (kind === 'ms') return `CASE WHEN ${column} IS NULL THEN NULL ELSE ${d.text(d.epochMs(column))} END AS ${alias}`;
      return `CASE WHEN ${column} IS NULL THEN NULL ELSE ${d.text(column)} END AS ${alias}`;
    });
    return client.query(`SELECT ${list.join(', ')} FROM "${DEFAULT_TABLES[key].table}" AS t ORDER BY ${order}`);
  };

  const settings = await select('settings', { currency: 'text:currency' }, '1');
  const fx = await select('fxRates', { currency: 'text:currency', rate: 'text:rate' }, '1');
  const subscriptionRows = await select(
    'subscriptions',
    {
      id: 'text:id',
      customer_id: 'text:customerId',
      start_ms: 'ms:start',
      end_ms: 'ms:end',
      amount: 'text:amount',
      billing_interval: 'text:interval',
      interval_count: 'text:intervalCount',
      quantity: 'text:quantity',
      discount: 'text:discount',
      currency: 'text:currency',
    },
    '1',
  );
  const dealRows = await select(
    'deals',
    { id: 'text:id', created_ms: 'ms:createdAt', closed_ms: 'ms:closedAt', status: 'text:status', amount: 'text:amount', stage: 'text:stage', owner: 'text:owner' },
    '1',
  );
  const funnelRows = await select('funnel', { stage: 'text:stage', count: 'text:count', position: 'text:position' }, `t."position"`);
  const surveyRows = await select('surveys', { type: 'text:type', score: 'text:score', at_ms: 'ms:at' }, '3, 1, 2');
  const revopsRows = await client.query(`SELECT section, document FROM "${REVOPS_TABLE}"`);

  const currency = text(settings[0]?.currency);
  const sections = new Map<RevOpsSection, unknown>();
  for (const row of revopsRows) {
    const section = text(row.section) as RevOpsSection;
    if (REVOPS_SECTIONS.includes(section)) sections.set(section, JSON.parse(text(row.document)) as unknown);
  }
  const dealLeads = (sections.get('dealLeads') ?? {}) as Record<string, string>;

  const dataset: Dataset = {
    currency,
    fxRates: Object.fromEntries(fx.map((row) => [text(row.currency), text(row.rate)])),
    subscriptions: subscriptionRows.map(
      (row): Subscription => ({
        id: text(row.id),
        customerId: text(row.customer_id),
        start: instant(row.start_ms),
        end: row.end_ms === null || row.end_ms === undefined ? null : instant(row.end_ms),
        amount: text(row.amount),
        interval: text(row.billing_interval) as Subscription['interval'],
        intervalCount: Number(text(row.interval_count)),
        quantity: text(row.quantity),
        discount: text(row.discount),
        currency: orNull(row.currency) ?? currency,
      }),
    ),
    deals: dealRows.map((row): Deal => {
      const id = text(row.id);
      return {
        id,
        createdAt: instant(row.created_ms),
        closedAt: row.closed_ms === null || row.closed_ms === undefined ? null : instant(row.closed_ms),
        status: text(row.status) as Deal['status'],
        amount: text(row.amount),
        stage: orNull(row.stage),
        owner: orNull(row.owner),
        ...(dealLeads[id] !== undefined ? { leadId: dealLeads[id] } : {}),
      };
    }),
    funnel: funnelRows.map((row): FunnelStageInput => ({ stage: text(row.stage), count: Number(text(row.count)) })),
    surveys: surveyRows.map((row): SurveyResponse => ({ type: text(row.type) as SurveyResponse['type'], score: Number(text(row.score)), at: instant(row.at_ms) })),
  };
  for (const [section, value] of sections) {
    if (section !== 'dealLeads') (dataset as unknown as Record<string, unknown>)[section] = value;
  }
  return dataset;
}
