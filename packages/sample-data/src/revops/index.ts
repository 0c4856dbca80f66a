import type { ActivityRecord, CostEntry, Deal, FunnelStageInput, LeadRecord, LeadStage, Subscription, UsageRecord } from '@revkit/core';
import { formatMonth, itemAt } from '@revkit/core';
import { dayOfDate, firstDayOfMonth } from '../calendar/index.js';
import { DEAL_OWNERS } from '../deals/index.js';
import { formatCents } from '../money/index.js';
import { integerBetween, pickUniform, pickWeighted, type Random } from '../random/index.js';

/** Options of the optional RevOps sections (`costs`, `leads`, `activities`, `usage`). */
export interface RevOpsOptions {
  /**
   * Months, at the end of the data, that lead records, activities and usage
   * cover (costs cover every month). @default 12
   */
  recentMonths?: number;
  /**
   * At most this many lead records: when the recent months would hold more,
   * the lead window starts later (every customer of the window still has its
   * lead). Keeps a 100 k-customer dataset lean. @default 10000
   */
  maxLeads?: number;
  /** Customers, paying when the recent months start, whose daily product usage is generated. @default 20 */
  usageCustomers?: number;
}

/** The RevOps options after defaults. */
export type CheckedRevOpsOptions = Required<RevOpsOptions>;

export const REVOPS_DEFAULTS: Readonly<CheckedRevOpsOptions> = Object.freeze({ recentMonths: 12, maxLeads: 10_000, usageCustomers: 20 });

/** Lead sources and how often each brings a lead. */
export const LEAD_SOURCES: readonly (readonly [string, number])[] = [
  ['organic', 4],
  ['ads', 3],
  ['webinar', 1],
  ['referral', 1],
  ['outbound', 1],
];

/** Product events of the usage section, with how often an active day has each. */
const USAGE_EVENTS: readonly (readonly [string, number, number])[] = [
  // event, probability on an active day (× engagement for the optional ones), max count
  ['login', 1, 6],
  ['report_exported', 0.5, 2],
  ['dashboard_shared', 0.2, 1],
];

/** The customers as the main generator made them: signup day and won deal, by customer number − 1. */
export interface CustomerFacts {
  signupDays: Int32Array;
  /** Index into the dataset's deals of the customer's won deal, −1 for a self-serve customer. */
  wonDeals: Int32Array;
}

/** What the RevOps generator needs from the rest of the dataset. */
export interface RevOpsInput {
  random: Random;
  options: CheckedRevOpsOptions;
  startMonth: number;
  months: number;
  firstDay: number;
  endDay: number;
  date: (day: number) => string;
  signups: readonly number[];
  customers: CustomerFacts;
  subscriptions: readonly Subscription[];
  deals: readonly Deal[];
  funnel: readonly FunnelStageInput[];
}

/** The optional RevOps sections of a dataset. */
export interface RevOpsSections {
  costs: CostEntry[];
  leads: LeadRecord[];
  activities: ActivityRecord[];
  usage: UsageRecord[];
}

const STAGES: readonly LeadStage[] = ['lead', 'mql', 'sql', 'opportunity', 'customer'];

function dayOf(date: string): number {
  return dayOfDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // day 0 (1970-01-01) was a Thursday
  return weekday === 0 || weekday === 6;
}

/**
 * Generates the optional RevOps sections of a dataset from the customers,
 * subscriptions, deals and funnel the main generator made, so they agree:
 * - `costs`: per month, marketing scaled to the month's signups (so it
 *   follows the seasons), a salary per sales owner (the team grows with the
 *   signups), service and operations scaled to the customers paying;
 * - `leads`: over the recent months, one lead per customer (its owner is the
 *   won deal's owner for a sales-led customer) and the leads that stopped at
 *   each stage, in the proportions of the `funnel` section;
 * - `activities`: calls and emails per owner and working day, a demo for
 *   each opportunity the owner's leads reached that day;
 * - `usage`: daily events of a capped sample of customers, engaged
 *   customers more active, churners fading before they leave.
 * Volume is bounded whatever the customer count: leads by `maxLeads`,
 * activities by owners × days, usage by `usageCustomers` × days.
 *
 * @example
 * revOpsSections(input).costs[0] //=> { month: '2023-11', category: 'marketing', amount: '10412.00', label: 'ads' }
 * @throws {RangeError} from `date` only on an internal error (every day is kept inside the data)
 */
export function revOpsSections(input: RevOpsInput): RevOpsSections {
  const recentMonths = Math.min(input.options.recentMonths, input.months);
  const windowStartDay = firstDayOfMonth(input.startMonth + input.months - recentMonths);
  const active = activeCustomersByMonth(input);
  const costs = costEntries(input, active);
  const leads = leadRecords(input, windowStartDay);
  const activities = activityRecords(input, windowStartDay, leads);
  const usage = usageRecords(input, windowStartDay);
  return { costs, leads, activities, usage };
}

/** Customers with a subscription running at the start of each month (one subscription at a time per customer). */
function activeCustomersByMonth(input: RevOpsInput): Int32Array {
  const diff = new Int32Array(input.months + 1);
  const monthOfDay = (day: number) => {
    // The first month whose first day is on or after `day`: a subscription counts from the next month start it covers.
    let offset = Math.max(0, Math.min(input.months, Math.floor((day - input.firstDay) / 30.44) - 1));
    while (offset < input.months && firstDayOfMonth(input.startMonth + offset) < day) offset++;
    return offset;
  };
  for (const subscription of input.subscriptions) {
    if (subscription.amount === '0') continue; // trials are not paying customers
    const starts = monthOfDay(dayOf(subscription.start));
    diff[starts] = itemAt(diff, starts, 'activeCustomersByMonth') + 1;
    if (subscription.end) {
      const ends = monthOfDay(dayOf(subscription.end));
      diff[ends] = itemAt(diff, ends, 'activeCustomersByMonth') - 1;
    }
  }
  let running = 0;
  return diff.subarray(0, input.months).map((change) => (running += change));
}

function costEntries(input: RevOpsInput, active: Int32Array): CostEntry[] {
  const { random, signups, months } = input;
  const averageSignups = signups.reduce((sum, count) => sum + count, 0) / months;
  // One "owner" is a rep, or a team of reps once signups outgrow eight people.
  const team = Math.max(1, Math.round(averageSignups / 12));
  const salaries = DEAL_OWNERS.map((owner) => ({ owner, cents: integerBetween(random, 5_200, 7_400) * 100 * team }));
  const costs: CostEntry[] = [];
  const money = (cents: number) => formatCents(Math.max(0, Math.round(cents)));
  for (const [offset, signupCount] of signups.slice(0, months).entries()) {
    const month = formatMonth(input.startMonth + offset);
    const customers = Math.max(itemAt(active, offset, 'costEntries'), signupCount);
    costs.push({ month, category: 'marketing', amount: money((signupCount * integerBetween(random, 700, 1_100) + 1_500) * 100), label: 'ads' });
    for (const { owner, cents } of salaries) costs.push({ month, category: 'sales', amount: money(cents), owner, label: 'salary' });
    costs.push({ month, category: 'sales', amount: money((150 + 60 * team) * DEAL_OWNERS.length * 100), label: 'tools' });
    costs.push({ month, category: 'service', amount: money((customers * integerBetween(random, 22, 30) + 2_000) * 100), label: 'support' });
    costs.push({ month, category: 'operations', amount: money((customers * 8 + 4_000) * 100), label: 'rent and tools' });
  }
  return costs;
}

/** Step conversions Leads → MQL → SQL → Opportunities → Customers of the funnel section. */
function funnelRates(funnel: readonly FunnelStageInput[]): number[] {
  const index = funnel.findIndex((stage) => stage.stage === 'Leads');
  const [top, ...below] = funnel.slice(index, index + STAGES.length).map((stage) => stage.count);
  if (index < 0 || top === undefined || below.length < STAGES.length - 1) return [0.3, 0.4, 0.5, 0.25];
  let previous = top;
  return below.map((count) => {
    const rate = previous > 0 ? count / previous : 0;
    previous = count;
    return rate;
  });
}

function leadRecords(input: RevOpsInput, recentStartDay: number): LeadRecord[] {
  const { random, customers, endDay, firstDay, deals, date } = input;
  const rates = funnelRates(input.funnel);
  const leadsPerCustomer = 1 / rates.reduce((product, rate) => product * rate, 1);
  // The customers of the window: the last ones to sign up (customer numbers follow signup order).
  let first = customers.signupDays.length;
  while (first > 0 && itemAt(customers.signupDays, first - 1, 'leadRecords') >= recentStartDay) first--;
  const fit = Math.max(1, Math.floor(input.options.maxLeads / leadsPerCustomer));
  if (customers.signupDays.length - first > fit) first = customers.signupDays.length - fit;
  const firstSignupDay = customers.signupDays[first];
  const windowStartDay = firstSignupDay === undefined ? recentStartDay : Math.min(recentStartDay, firstSignupDay);
  const converted = customers.signupDays.length - first;

  // Each lead has at least the day it arrived.
  type StageDays = [number, ...number[]];
  const drafts: { days: StageDays; owner: string | null; source: string }[] = [];
  const randomOwner = () => pickUniform(random, DEAL_OWNERS);
  const source = () => pickWeighted(random, LEAD_SOURCES);
  // Leads that became customers, worked back from the signup (a sales-led one from its won deal).
  for (let k = first; k < customers.signupDays.length; k++) {
    const customerDay = itemAt(customers.signupDays, k, 'leadRecords');
    const wonDeal = itemAt(customers.wonDeals, k, 'leadRecords');
    const deal = wonDeal >= 0 ? deals[wonDeal] : undefined;
    const opportunity = deal ? Math.min(customerDay, dayOf(deal.createdAt)) : customerDay - integerBetween(random, 2, 20);
    const sql = opportunity - integerBetween(random, 1, 14);
    const mql = sql - integerBetween(random, 1, 14);
    const lead = mql - integerBetween(random, 0, 10);
    const inData = (day: number) => Math.max(firstDay, day);
    const days: StageDays = [inData(lead), inData(mql), inData(sql), inData(opportunity), inData(customerDay)];
    drafts.push({ days, owner: deal?.owner ?? randomOwner(), source: source() });
  }
  // Leads that stopped at each earlier stage, in the funnel's proportions, arriving during the window.
  const reaching: number[] = [converted];
  let reachingNext = converted;
  for (const rate of [...rates].reverse()) {
    if (rate > 0) reachingNext = Math.round(reachingNext / rate);
    reaching.unshift(reachingNext);
  }
  const gaps: readonly (readonly [number, number])[] = [[0, 10], [1, 14], [1, 14], [7, 60]];
  for (let last = 0; last < STAGES.length - 1; last++) {
    const stopped = Math.max(0, itemAt(reaching, last, 'leadRecords') - itemAt(reaching, last + 1, 'leadRecords'));
    const stageGaps = gaps.slice(0, last);
    for (let n = 0; n < stopped; n++) {
      let day = integerBetween(random, windowStartDay, endDay - 1);
      const days: StageDays = [day];
      for (const [low, high] of stageGaps) {
        day += integerBetween(random, low, high);
        if (day >= endDay) break; // not there yet when the data ends
        days.push(day);
      }
      // Leads get an owner when sales accepts them (SQL).
      drafts.push({ days, owner: days.length > 2 ? randomOwner() : null, source: source() });
    }
  }
  drafts.sort((a, b) => a.days[0] - b.days[0]);
  return drafts.map((draft, k) => {
    const reached: LeadRecord['reached'] = {};
    draft.days.forEach((day, k) => (reached[itemAt(STAGES, k, 'leadRecords')] = date(day)));
    const record: LeadRecord = { id: `lead_${k + 1}`, reached, source: draft.source };
    if (draft.owner !== null) record.owner = draft.owner;
    return record;
  });
}

function activityRecords(input: RevOpsInput, windowStartDay: number, leads: readonly LeadRecord[]): ActivityRecord[] {
  const { random, endDay, date } = input;
  // A demo for each opportunity an owner's lead reached that day.
  const demos = new Map<string, number>();
  for (const lead of leads) {
    const day = lead.reached.opportunity;
    if (lead.owner && day && dayOf(day) >= windowStartDay) demos.set(`${lead.owner}|${day}`, (demos.get(`${lead.owner}|${day}`) ?? 0) + 1);
  }
  const activities: ActivityRecord[] = [];
  for (let day = windowStartDay; day < endDay; day++) {
    const weekend = isWeekend(day);
    const text = date(day);
    for (const owner of DEAL_OWNERS) {
      const demoCount = demos.get(`${owner}|${text}`) ?? 0;
      if (weekend && demoCount === 0) continue;
      if (!weekend && random() > 0.06) {
        // A working day (about one in sixteen is off).
        activities.push({ date: text, owner, type: 'call', count: integerBetween(random, 8, 40) });
        activities.push({ date: text, owner, type: 'email', count: integerBetween(random, 15, 60) });
      }
      if (demoCount > 0) activities.push({ date: text, owner, type: 'demo', count: demoCount });
    }
  }
  return activities;
}

function usageRecords(input: RevOpsInput, windowStartDay: number): UsageRecord[] {
  const { random, endDay, date, options } = input;
  // Each customer's first paid start and last end (customers are numbered from 1).
  const count = input.customers.signupDays.length;
  const firstStart = new Int32Array(count).fill(endDay);
  const lastEnd = new Int32Array(count);
  for (const subscription of input.subscriptions) {
    if (subscription.amount === '0') continue;
    const k = Number(subscription.customerId.slice(4)) - 1;
    firstStart[k] = Math.min(itemAt(firstStart, k, 'usageRecords'), dayOf(subscription.start));
    lastEnd[k] = Math.max(itemAt(lastEnd, k, 'usageRecords'), subscription.end ? dayOf(subscription.end) : endDay);
  }
  // A uniform sample of the customers paying when the window starts (reservoir sampling).
  const sample: number[] = [];
  let seen = 0;
  for (const [k, start] of firstStart.entries()) {
    if (!(start <= windowStartDay && itemAt(lastEnd, k, 'usageRecords') > windowStartDay)) continue;
    seen++;
    if (sample.length < options.usageCustomers) sample.push(k);
    else {
      const slot = integerBetween(random, 0, seen - 1);
      if (slot < sample.length) sample[slot] = k;
    }
  }
  sample.sort((a, b) => a - b);
  const usage: UsageRecord[] = [];
  for (const k of sample) {
    const customerId = `cus_${k + 1}`;
    const until = Math.min(itemAt(lastEnd, k, 'usageRecords'), endDay);
    const churns = until < endDay;
    // Customers who leave were less engaged, and fade in their last two months.
    const engagement = churns ? 0.1 + random() * 0.3 : 0.3 + random() * 0.55;
    for (let day = windowStartDay; day < until; day++) {
      const fading = churns && until - day < 60 ? 0.4 : 1;
      if (random() >= engagement * fading * (isWeekend(day) ? 0.25 : 1)) continue;
      const text = date(day);
      for (const [event, probability, most] of USAGE_EVENTS) {
        if (probability < 1 && random() >= probability * engagement) continue;
        usage.push({ customerId, date: text, event, count: integerBetween(random, 1, most) });
      }
    }
  }
  return usage;
}
