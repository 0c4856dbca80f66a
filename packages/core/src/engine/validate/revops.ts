import { describeValue, keyPath } from '../errors/index.js';
import type { ScaledDecimal } from '../exact/index.js';
import type { ActivityType, CostCategory, LeadStage } from '../../types.js';
import { readMonth, type FieldReader, type JsonRecord } from './reader.js';

/** A cost line after validation: the month as an index, the amount exact. */
export interface ValidCost {
  /** Month index (see `parseMonth`). */
  month: number;
  category: CostCategory;
  amount: ScaledDecimal;
  owner: string | null;
  label: string | null;
}

/** The instants (epoch ms) a lead reached each stage; `null` when it has not. */
export type LeadStageInstants = { lead: number } & Record<Exclude<LeadStage, 'lead'>, number | null>;

/** A lead after validation. */
export interface ValidLead {
  id: string;
  reached: LeadStageInstants;
  source: string | null;
  owner: string | null;
}

/** An activity record after validation; `date` is an instant (epoch ms). */
export interface ValidActivity {
  date: number;
  owner: string;
  type: ActivityType;
  count: number;
}

/** A usage record after validation; `date` is an instant (epoch ms). */
export interface ValidUsage {
  customerId: string;
  date: number;
  event: string;
  count: number;
}

/** An employee survey answer after validation. */
export interface ValidEmployeeSurvey {
  score: number;
  at: number;
}

/** Cost categories; the first four are operating costs. */
export const COST_CATEGORIES: readonly CostCategory[] = ['marketing', 'sales', 'service', 'operations', 'exceptional', 'financing'];
/** Lead stages in funnel order. */
export const LEAD_STAGES: readonly LeadStage[] = ['lead', 'mql', 'sql', 'opportunity', 'customer'];
/** Kinds of sales activity. */
export const ACTIVITY_TYPES: readonly ActivityType[] = ['call', 'demo', 'email', 'meeting'];

/**
 * Validates the optional `costs` section.
 *
 * @example
 * readCosts(reader, { costs: [{ month: '2024-01', category: 'sales', amount: '1200' }] })
 * @throws never: problems are recorded on the reader
 */
export function readCosts(reader: FieldReader, root: JsonRecord): ValidCost[] {
  const items = reader.section(root, 'costs');
  const out: ValidCost[] = [];
  for (let i = 0; i < items.length; i++) {
    const path = `costs[${i}]`;
    const cost = reader.record(items[i], path);
    if (!cost) continue;
    const before = reader.issues.length;
    const month = readMonth(reader, cost, 'month', path);
    const category = reader.oneOf(cost, 'category', path, COST_CATEGORIES);
    const amount = reader.decimal(cost, 'amount', path, { min: 0 });
    const owner = reader.string(cost, 'owner', path, false);
    const label = reader.string(cost, 'label', path, false);
    if (reader.issues.length === before && month !== undefined && category !== undefined && amount !== undefined) {
      out.push({ month, category, amount, owner: owner ?? null, label: label ?? null });
    }
  }
  return out;
}

/**
 * Validates the optional `leads` section: unique ids, a `reached.lead`
 * date, and later stages never dated before an earlier stage the lead reached.
 *
 * @example
 * readLeads(reader, { leads: [{ id: 'l1', reached: { lead: '2024-01-02', mql: '2024-01-05' } }] })
 * @throws never: problems are recorded on the reader
 */
export function readLeads(reader: FieldReader, root: JsonRecord): ValidLead[] {
  const items = reader.section(root, 'leads');
  const out: ValidLead[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const path = `leads[${i}]`;
    const lead = reader.record(items[i], path);
    if (!lead) continue;
    const before = reader.issues.length;
    const id = reader.uniqueId(lead, 'leads', i, seen);
    const source = reader.string(lead, 'source', path, false);
    const owner = reader.string(lead, 'owner', path, false);
    const reachedValue = lead.reached;
    let reached: LeadStageInstants | undefined;
    if (reachedValue === undefined || reachedValue === null) reader.fail(`${path}.reached`, 'is required');
    else {
      const record = reader.record(reachedValue, `${path}.reached`);
      if (record) reached = readReached(reader, record, `${path}.reached`);
    }
    if (reader.issues.length === before && reached && id !== undefined) {
      out.push({ id, reached, source: source ?? null, owner: owner ?? null });
    }
  }
  return out;
}

function readReached(reader: FieldReader, record: JsonRecord, path: string): LeadStageInstants | undefined {
  for (const key of Object.keys(record)) {
    if (!(LEAD_STAGES as readonly string[]).includes(key)) {
      reader.fail(keyPath(path, key), `is not a lead stage (expected one of ${LEAD_STAGES.join(', ')})`);
    }
  }
  const instants: Partial<Record<LeadStage, number | null>> = {};
  let latest: { stage: LeadStage; at: number } | undefined;
  let ok = true;
  for (const stage of LEAD_STAGES) {
    const at = stage === 'lead' ? reader.instant(record, stage, path, true) : reader.instant(record, stage, path, false);
    if (at === undefined) {
      ok = false;
      continue;
    }
    instants[stage] = at;
    if (at === null) continue;
    if (latest && at < latest.at) {
      reader.fail(`${path}.${stage}`, `must not be before ${latest.stage} (${describeValue(record[latest.stage])})`);
      ok = false;
    }
    latest = { stage, at };
  }
  return ok ? (instants as LeadStageInstants) : undefined;
}

/**
 * Validates the optional `activities` section.
 *
 * @example
 * readActivities(reader, { activities: [{ date: '2024-01-02', owner: 'alice', type: 'call', count: 12 }] })
 * @throws never: problems are recorded on the reader
 */
export function readActivities(reader: FieldReader, root: JsonRecord): ValidActivity[] {
  const items = reader.section(root, 'activities');
  const out: ValidActivity[] = [];
  for (let i = 0; i < items.length; i++) {
    const path = `activities[${i}]`;
    const activity = reader.record(items[i], path);
    if (!activity) continue;
    const before = reader.issues.length;
    const date = reader.instant(activity, 'date', path, true);
    const owner = reader.string(activity, 'owner', path, true);
    const type = reader.oneOf(activity, 'type', path, ACTIVITY_TYPES);
    const count = reader.integer(activity, 'count', path, { min: 0, fallback: 1 });
    if (reader.issues.length === before && date !== undefined && owner !== undefined && type !== undefined && count !== undefined) {
      out.push({ date, owner, type, count });
    }
  }
  return out;
}

/**
 * Validates the optional `usage` section.
 *
 * @example
 * readUsage(reader, { usage: [{ customerId: 'cus_1', date: '2024-01-02', event: 'login', count: 3 }] })
 * @throws never: problems are recorded on the reader
 */
export function readUsage(reader: FieldReader, root: JsonRecord): ValidUsage[] {
  const items = reader.section(root, 'usage');
  const out: ValidUsage[] = [];
  for (let i = 0; i < items.length; i++) {
    const path = `usage[${i}]`;
    const usage = reader.record(items[i], path);
    if (!usage) continue;
    const before = reader.issues.length;
    const customerId = reader.string(usage, 'customerId', path, true);
    const date = reader.instant(usage, 'date', path, true);
    const event = reader.string(usage, 'event', path, true);
    const count = reader.integer(usage, 'count', path, { min: 0, fallback: 1 });
    if (reader.issues.length === before && customerId !== undefined && date !== undefined && event !== undefined && count !== undefined) {
      out.push({ customerId, date, event, count });
    }
  }
  return out;
}

/**
 * Validates the optional `employeeSurveys` section (eNPS answers, 0–10).
 *
 * @example
 * readEmployeeSurveys(reader, { employeeSurveys: [{ score: 9, at: '2024-03-01' }] })
 * @throws never: problems are recorded on the reader
 */
export function readEmployeeSurveys(reader: FieldReader, root: JsonRecord): ValidEmployeeSurvey[] {
  const items = reader.section(root, 'employeeSurveys');
  const out: ValidEmployeeSurvey[] = [];
  for (let i = 0; i < items.length; i++) {
    const path = `employeeSurveys[${i}]`;
    const survey = reader.record(items[i], path);
    if (!survey) continue;
    const score = reader.integer(survey, 'score', path, { min: 0, max: 10 });
    const at = reader.instant(survey, 'at', path, true);
    if (score !== undefined && at !== undefined) out.push({ score, at });
  }
  return out;
}
