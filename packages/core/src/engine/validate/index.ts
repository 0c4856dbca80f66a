import { describeValue, keyPath, RevkitValidationError } from '../errors/index.js';
import type { ScaledDecimal } from '../exact/index.js';
import type { BillingInterval, DealStatus, SurveyType } from '../../types.js';
import { datasetOverColumns, SubscriptionColumnsBuilder, type SubscriptionColumns } from '../subscriptionColumns/index.js';
import { SURVEY_TYPES, SurveyColumnsBuilder, type SurveyColumns } from '../surveyColumns/index.js';
import { IdTable } from '../idTable/index.js';
import { DealColumnsBuilder } from '../../_lib/dealColumns/index.js';
import { plainDateKey } from '../time/index.js';
import { compareScaled, CURRENCY_PATTERN, FieldReader, isNonBlankString, ONE_READ, ZERO_READ, type JsonRecord, type ReadDecimal } from './reader.js';

import {
  readActivities,
  readCosts,
  readEmployeeSurveys,
  readLeads,
  readUsage,
  type ValidActivity,
  type ValidCost,
  type ValidEmployeeSurvey,
  type ValidLead,
  type ValidUsage,
} from './revops.js';

export { FieldReader, readMonth, type JsonRecord } from './reader.js';
export {
  ACTIVITY_TYPES,
  COST_CATEGORIES,
  LEAD_STAGES,
  type LeadStageInstants,
  type ValidActivity,
  type ValidCost,
  type ValidEmployeeSurvey,
  type ValidLead,
  type ValidUsage,
} from './revops.js';

/** A subscription after validation: instants in epoch ms, decimals exact. */
export interface ValidSubscription {
  id: string;
  customerId: string;
  /** Dense number of the customer (0, 1, 2… in order of first appearance), so engines need no second lookup. */
  customerIndex: number;
  start: number;
  end: number | null;
  amount: ScaledDecimal;
  interval: BillingInterval;
  intervalCount: number;
  quantity: ScaledDecimal;
  discount: ScaledDecimal;
  /** Rate into the reporting currency (1 for the reporting currency). */
  fx: ScaledDecimal;
}

/** A deal after validation. */
export interface ValidDeal {
  id: string;
  createdAt: number;
  closedAt: number | null;
  status: DealStatus;
  amount: ScaledDecimal;
  stage: string | null;
  owner: string | null;
  /** The lead it came from (an id of `leads`), or `null`. */
  leadId: string | null;
}

/** A survey response after validation. */
export interface ValidSurvey {
  type: SurveyType;
  score: number;
  at: number;
}

/**
 * A dataset that passed validation, ready for the metric functions. Treat it
 * as read-only: the engines keep the subscriptions as columns beside it.
 */
export interface ValidDataset {
  currency: string;
  subscriptions: ValidSubscription[];
  deals: ValidDeal[];
  funnel: { stage: string; count: number }[];
  surveys: ValidSurvey[];
  /** RevOps sections: present only when the input has them, so a report can tell "absent" from "empty". */
  costs?: ValidCost[];
  leads?: ValidLead[];
  activities?: ValidActivity[];
  usage?: ValidUsage[];
  employeeSurveys?: ValidEmployeeSurvey[];
}

/** Billing intervals the contract knows. */
export const BILLING_INTERVALS: readonly BillingInterval[] = ['day', 'week', 'month', 'quarter', 'year'];
/** Deal statuses the contract knows. */
export const DEAL_STATUSES: readonly DealStatus[] = ['open', 'won', 'lost'];
/** Each survey type's score scale. */
export const SURVEY_SCALES: Readonly<Record<SurveyType, { min: number; max: number }>> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  ces: { min: 1, max: 7 },
};


/** Top-level sections a dataset may have. */
export const DATASET_SECTIONS = [
  'currency',
  'fxRates',
  'subscriptions',
  'deals',
  'funnel',
  'surveys',
  'costs',
  'leads',
  'activities',
  'usage',
  'employeeSurveys',
] as const;

/**
 * Checks a dataset against the report contract and returns it parsed: every
 * problem is collected, with its JSON path, before anything is computed.
 *
 * @example
 * const valid = validateDataset({ currency: 'EUR', subscriptions: [] })
 * valid.currency //=> 'EUR'
 * @throws {RevkitValidationError} listing every problem when the dataset breaks the contract
 */
export function validateDataset(input: unknown): ValidDataset {
  const reader = new FieldReader();
  const root = reader.record(input, '$');
  if (!root) throw new RevkitValidationError(reader.issues);

  for (const key of Object.keys(root)) {
    if (!(DATASET_SECTIONS as readonly string[]).includes(key)) {
      reader.fail(keyPath('', key), `is not a dataset section (expected one of ${DATASET_SECTIONS.join(', ')})`);
    }
  }

  const currency = root.currency;
  if (currency === undefined || currency === null) reader.fail('currency', 'is required');
  else if (typeof currency !== 'string' || !CURRENCY_PATTERN.test(currency)) {
    reader.fail('currency', `must be an ISO 4217 code such as "EUR", got ${describeValue(currency)}`);
  }

  const fxRates = readFxRates(reader, root, typeof currency === 'string' ? currency : '');
  const subscriptions = readSubscriptions(reader, root, typeof currency === 'string' ? currency : '', fxRates);
  const leadRefs: { path: string; leadId: string }[] = [];
  const deals = readDeals(reader, root, leadRefs);
  const funnel = readFunnel(reader, root);
  const surveys = readSurveys(reader, root);

  const rest: Omit<ValidDataset, 'subscriptions' | 'surveys'> = { currency: currency as string, deals, funnel };
  // A section that is absent (or null) stays absent, so reports can leave its metrics out.
  if (root.costs !== undefined && root.costs !== null) rest.costs = readCosts(reader, root);
  if (root.leads !== undefined && root.leads !== null) rest.leads = readLeads(reader, root);
  if (root.activities !== undefined && root.activities !== null) rest.activities = readActivities(reader, root);
  if (root.usage !== undefined && root.usage !== null) rest.usage = readUsage(reader, root);
  if (root.employeeSurveys !== undefined && root.employeeSurveys !== null) {
    rest.employeeSurveys = readEmployeeSurveys(reader, root);
  }

  checkLeadRefs(reader, leadRefs, rest.leads);
  // Subscriptions read as undefined only after a problem was recorded.
  if (reader.issues.length > 0 || subscriptions === undefined) throw new RevkitValidationError(reader.issues);
  // The subscriptions and surveys stay columns; their objects are made only if someone reads them.
  return datasetOverColumns(rest, subscriptions, surveys);
}

/** A deal's `leadId` must name a lead of the `leads` section. */
function checkLeadRefs(reader: FieldReader, refs: readonly { path: string; leadId: string }[], leads: readonly { id: string }[] | undefined): void {
  if (refs.length === 0) return;
  const ids = new Set(leads?.map((lead) => lead.id));
  for (const { path, leadId } of refs) {
    if (!leads) reader.fail(path, `refers to lead ${describeValue(leadId)}, but the dataset has no leads section`);
    else if (!ids.has(leadId)) reader.fail(path, `must be the id of a lead in leads, got ${describeValue(leadId)}`);
  }
}

function readFxRates(reader: FieldReader, root: JsonRecord, currency: string): Map<string, ReadDecimal> {
  const rates = new Map<string, ReadDecimal>();
  if (currency !== '') rates.set(currency, ONE_READ);
  const value = root.fxRates;
  if (value === undefined || value === null) return rates;
  const record = reader.record(value, 'fxRates');
  if (!record) return rates;
  for (const [code, rate] of Object.entries(record)) {
    const path = keyPath('fxRates', code);
    if (!CURRENCY_PATTERN.test(code)) {
      reader.fail(path, 'must be keyed by an ISO 4217 code such as "USD"');
      continue;
    }
    const parsed = reader.checkedDecimal(rate, path, { min: 0, minExclusive: true });
    if (!parsed) continue;
    // A rate for the dataset currency itself can only be 1: any other value would be silently ignored.
    if (code === currency) {
      if (compareScaled(parsed.value, 1) !== 0) reader.fail(path, `is the dataset currency: its rate must be 1, got ${typeof rate === 'number' ? rate : describeValue(rate)}`);
    } else rates.set(code, parsed);
  }
  return rates;
}

function readSubscriptions(
  reader: FieldReader,
  root: JsonRecord,
  currency: string,
  fxRates: Map<string, ReadDecimal>,
): SubscriptionColumns | undefined {
  const items = reader.section(root, 'subscriptions');
  const columns = new SubscriptionColumnsBuilder(items.length);
  const terms = columns.termsTable;
  const seen = new IdTable(items.length);
  const knownCurrency = CURRENCY_PATTERN.test(currency);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (quickSubscription(reader, item, currency, fxRates, seen, i, columns)) continue;
    // The record has a problem (or a duplicate id): read it field by field, recording each with its path.
    const path = `subscriptions[${i}]`;
    const sub = reader.record(item, path);
    if (!sub) continue;
    const before = reader.issues.length;
    const id = reader.uniqueId(sub, 'subscriptions', i, seen);
    const customerId = reader.string(sub, 'customerId', path, true);
    const start = reader.instant(sub, 'start', path, true);
    const end = reader.instant(sub, 'end', path, false);
    if (start !== undefined && end !== undefined && end !== null && end <= start) {
      reader.fail(`${path}.end`, 'must be after start');
    }
    const amount = reader.numberedDecimal(sub, 'amount', path, { min: 0 });
    const interval = reader.oneOf(sub, 'interval', path, BILLING_INTERVALS);
    const intervalCount = reader.integer(sub, 'intervalCount', path, { min: 1, fallback: 1 });
    const quantity = reader.numberedDecimal(sub, 'quantity', path, { min: 0, fallback: ONE_READ });
    const discount = reader.numberedDecimal(sub, 'discount', path, { min: 0, max: 1, fallback: ZERO_READ });
    let fx: ReadDecimal | undefined = ONE_READ;
    const subCurrency = sub.currency;
    if (subCurrency !== undefined && subCurrency !== null && subCurrency !== currency) {
      if (typeof subCurrency !== 'string' || !CURRENCY_PATTERN.test(subCurrency)) {
        reader.fail(`${path}.currency`, `must be an ISO 4217 code such as "USD", got ${describeValue(subCurrency)}`);
        fx = undefined;
      } else {
        fx = fxRates.get(subCurrency);
        // Without a valid dataset currency no rate can apply: that one problem (reported at `currency`) is the cause.
        if (!fx && knownCurrency) reader.fail(`${path}.currency`, `has no rate in fxRates for ${subCurrency}`);
      }
    }
    if (
      reader.issues.length === before &&
      id !== undefined &&
      customerId !== undefined &&
      start !== undefined &&
      end !== undefined &&
      amount !== undefined &&
      interval !== undefined &&
      intervalCount !== undefined &&
      quantity !== undefined &&
      discount !== undefined &&
      fx !== undefined
    ) {
      columns.push(customerId, start, end, terms.indexOf(amount, quantity, discount, fx, interval, intervalCount));
    }
  }
  // The table's ids are the rows' ids, in row order, unless a record with a problem claimed one without
  // becoming a row: then validation throws, and these columns are never read.
  const ids = seen.takeKeys();
  return ids.length === columns.rows ? columns.build(ids) : undefined;
}

function readDeals(reader: FieldReader, root: JsonRecord, leadRefs: { path: string; leadId: string }[]): ValidDeal[] {
  const items = reader.section(root, 'deals');
  const out: ValidDeal[] = [];
  // The deals' columns, filled here in compiled code rather than by a first pass over the objects at the first report.
  const columns = new DealColumnsBuilder(items.length);
  const seen = new IdTable(items.length);
  for (let i = 0; i < items.length; i++) {
    const quick = quickDeal(reader, items[i]);
    if (quick !== undefined && seen.claim(quick.id, i) === -1) {
      out.push(quick);
      columns.push(quick);
      continue;
    }
    const path = `deals[${i}]`;
    const deal = reader.record(items[i], path);
    if (!deal) continue;
    const before = reader.issues.length;
    const id = reader.uniqueId(deal, 'deals', i, seen);
    const createdAt = reader.instant(deal, 'createdAt', path, true);
    const closedAt = reader.instant(deal, 'closedAt', path, false);
    const status = reader.oneOf(deal, 'status', path, DEAL_STATUSES);
    if (status === 'open' && closedAt !== null && closedAt !== undefined) {
      reader.fail(`${path}.closedAt`, 'must be null while status is open');
    }
    if ((status === 'won' || status === 'lost') && closedAt === null) {
      reader.fail(`${path}.closedAt`, `is required when status is ${status}`);
    }
    if (createdAt !== undefined && closedAt !== undefined && closedAt !== null && closedAt < createdAt) {
      reader.fail(`${path}.closedAt`, 'must not be before createdAt');
    }
    const amount = reader.decimal(deal, 'amount', path, { min: 0 });
    const stage = reader.string(deal, 'stage', path, false);
    const owner = reader.string(deal, 'owner', path, false);
    const leadId = reader.string(deal, 'leadId', path, false);
    if (leadId !== undefined && leadId !== null) leadRefs.push({ path: `${path}.leadId`, leadId });
    // No new issue means every required field was read; the checks only tell the compiler so.
    if (reader.issues.length === before && id !== undefined && createdAt !== undefined && status !== undefined && amount !== undefined) {
      const valid: ValidDeal = {
        id,
        createdAt,
        closedAt: closedAt ?? null,
        status,
        amount,
        stage: stage ?? null,
        owner: owner ?? null,
        leadId: leadId ?? null,
      };
      out.push(valid);
      columns.push(valid);
    }
  }
  columns.build(out);
  return out;
}

function readFunnel(reader: FieldReader, root: JsonRecord): { stage: string; count: number }[] {
  const items = reader.section(root, 'funnel');
  const out: { stage: string; count: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const path = `funnel[${i}]`;
    const step = reader.record(items[i], path);
    if (!step) continue;
    const stage = reader.string(step, 'stage', path, true);
    const count = reader.integer(step, 'count', path, { min: 0 });
    if (stage !== undefined && count !== undefined) out.push({ stage, count });
  }
  return out;
}

function readSurveys(reader: FieldReader, root: JsonRecord): SurveyColumns {
  const items = reader.section(root, 'surveys');
  const out = new SurveyColumnsBuilder(items.length);
  for (let i = 0; i < items.length; i++) {
    if (quickSurvey(reader, items[i], out)) continue;
    const path = `surveys[${i}]`;
    const survey = reader.record(items[i], path);
    if (!survey) continue;
    const type = reader.oneOf(survey, 'type', path, SURVEY_TYPES);
    const score = type ? reader.integer(survey, 'score', path, SURVEY_SCALES[type]) : undefined;
    const at = reader.instant(survey, 'at', path, true);
    if (type !== undefined && score !== undefined && at !== undefined) out.push(SURVEY_TYPES.indexOf(type), score, at);
  }
  return out.build();
}

// Fast paths. Datasets run to millions of records and nearly all of them are
// well formed: each quick reader below accepts exactly the records the
// field-by-field reader accepts, with the same result, but builds no path and
// records nothing. It returns undefined at the first doubt, and the caller
// reads that record again the slow way, which finds and words the problem.
// The id's uniqueness is left to the caller, so a rejected record leaves no trace.

/** A present instant value (epoch ms), or undefined when absent or not an instant. */
function quickInstant(reader: FieldReader, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = reader.parsedInstant(value);
  return typeof parsed === 'number' ? parsed : undefined;
}

/** A present decimal ≥ 0, or undefined. */
function quickNonNegative(reader: FieldReader, value: unknown): ReadDecimal | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = reader.readDecimal(value);
  return typeof parsed !== 'string' && parsed.nonNegative ? parsed : undefined;
}

/** An optional non-blank string: null when absent, undefined when present but not one. */
function quickOptionalString(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  return isNonBlankString(value) ? value : undefined;
}

/**
 * Reads a well-formed subscription with a new id straight into the columns;
 * false (and nothing written) at the first doubt.
 */
function quickSubscription(
  reader: FieldReader,
  item: unknown,
  currency: string,
  fxRates: Map<string, ReadDecimal>,
  seen: IdTable,
  index: number,
  columns: SubscriptionColumnsBuilder,
): boolean {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const sub = item as JsonRecord;
  const id = sub.id;
  const customerId = sub.customerId;
  if (!isNonBlankString(id) || !isNonBlankString(customerId)) return false;
  // Plain dates stay small integer keys (no boxed number per date); other instants are parsed.
  const startValue = sub.start;
  const endValue = sub.end;
  const open = endValue === undefined || endValue === null;
  const startKey = typeof startValue === 'string' ? plainDateKey(startValue) : -1;
  const endKey = typeof endValue === 'string' ? plainDateKey(endValue) : -1;
  const plain = startKey >= 0 && (open || endKey >= 0);
  let start = 0;
  let end: number | null = null;
  if (plain) {
    if (!open && endKey <= startKey) return false;
  } else {
    const parsed = quickInstant(reader, startValue);
    if (parsed === undefined) return false;
    start = parsed;
    if (!open) {
      const until = quickInstant(reader, endValue);
      if (until === undefined || until <= start) return false;
      end = until;
    }
  }
  const amount = quickNonNegative(reader, sub.amount);
  if (amount === undefined) return false;
  const interval = sub.interval;
  if (interval !== 'month' && interval !== 'year' && interval !== 'quarter' && interval !== 'week' && interval !== 'day') return false;
  const countValue = sub.intervalCount;
  let intervalCount = 1;
  if (countValue !== undefined && countValue !== null) {
    if (typeof countValue !== 'number' || !Number.isSafeInteger(countValue) || countValue < 1) return false;
    intervalCount = countValue;
  }
  let quantity = ONE_READ;
  if (sub.quantity !== undefined && sub.quantity !== null) {
    const parsed = quickNonNegative(reader, sub.quantity);
    if (parsed === undefined) return false;
    quantity = parsed;
  }
  let discount = ZERO_READ;
  if (sub.discount !== undefined && sub.discount !== null) {
    const parsed = quickNonNegative(reader, sub.discount);
    if (parsed === undefined || !parsed.atMostOne) return false;
    discount = parsed;
  }
  let fx: ReadDecimal | undefined = ONE_READ;
  const subCurrency = sub.currency;
  if (subCurrency !== undefined && subCurrency !== null && subCurrency !== currency) {
    // The rates are keyed by checked codes only: a code with a rate is well formed.
    fx = typeof subCurrency === 'string' ? fxRates.get(subCurrency) : undefined;
    if (fx === undefined) return false;
  }
  // Last, so a record read again the slow way is not taken for its own duplicate.
  if (seen.claim(id, index) !== -1) return false;
  const terms = columns.termsTable.indexOf(amount, quantity, discount, fx, interval, intervalCount);
  if (plain) columns.pushPlainDates(customerId, startKey, open ? -1 : endKey, terms);
  else columns.push(customerId, start, end, terms);
  return true;
}

function quickDeal(reader: FieldReader, item: unknown): ValidDeal | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const deal = item as JsonRecord;
  const id = deal.id;
  if (!isNonBlankString(id)) return undefined;
  const createdAt = quickInstant(reader, deal.createdAt);
  if (createdAt === undefined) return undefined;
  const closedValue = deal.closedAt;
  let closedAt: number | null = null;
  if (closedValue !== undefined && closedValue !== null) {
    const parsed = quickInstant(reader, closedValue);
    if (parsed === undefined || parsed < createdAt) return undefined;
    closedAt = parsed;
  }
  const status = deal.status;
  if (status === 'open') {
    if (closedAt !== null) return undefined;
  } else if (status === 'won' || status === 'lost') {
    if (closedAt === null) return undefined;
  } else {
    return undefined;
  }
  const amount = quickNonNegative(reader, deal.amount);
  if (amount === undefined) return undefined;
  const stage = quickOptionalString(deal.stage);
  const owner = quickOptionalString(deal.owner);
  if (stage === undefined || owner === undefined) return undefined;
  // A lead reference needs the leads section to check it: the field-by-field reader takes it.
  if (deal.leadId !== undefined && deal.leadId !== null) return undefined;
  return { id, createdAt, closedAt, status, amount: amount.value, stage, owner, leadId: null };
}

/** Reads a well-formed survey response straight into the columns; false (and nothing written) at the first doubt. */
function quickSurvey(reader: FieldReader, item: unknown, out: SurveyColumnsBuilder): boolean {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const survey = item as JsonRecord;
  const type = survey.type;
  if (type !== 'csat' && type !== 'nps' && type !== 'ces') return false;
  // The type's number in SURVEY_TYPES.
  const code = type === 'csat' ? 0 : type === 'nps' ? 1 : 2;
  const score = survey.score;
  const scale = SURVEY_SCALES[type];
  if (typeof score !== 'number' || !Number.isSafeInteger(score) || score < scale.min || score > scale.max) return false;
  const atValue = survey.at;
  const atKey = typeof atValue === 'string' ? plainDateKey(atValue) : -1;
  if (atKey >= 0) {
    out.pushPlainDate(code, score, atKey);
    return true;
  }
  const at = quickInstant(reader, atValue);
  if (at === undefined) return false;
  out.push(code, score, at);
  return true;
}
