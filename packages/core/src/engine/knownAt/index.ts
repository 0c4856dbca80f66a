import type { ValidDataset, ValidDeal } from '../validate/index.js';
import type { LeadStageInstants, ValidLead } from '../validate/revops.js';
import { monthOfInstant } from '../month/index.js';
import { datasetOverColumns, subscriptionColumnsOf, surveyColumnsOf } from '../subscriptionColumns/index.js';
import { surveysBefore } from '../surveyColumns/index.js';
import { itemAt } from '../../_lib/itemAt/index.js';

/**
 * The dataset as it was known at an instant (a report's B(to)): what a
 * report on a past range may use, so re-running it later gives the same
 * figures and a forecast can be backtested.
 *
 * - deals created at or after the instant are left out; a deal closed at or
 *   after it is still open (its `closedAt` and outcome were not known yet);
 * - surveys, employee surveys, usage and activities dated at or after it are
 *   left out, and so are costs of the month it falls in or later (a cost is
 *   known once its month is over: the instant is a month boundary in reports);
 * - leads created at or after it are left out, and the stages a lead reached
 *   at or after it are not reached yet;
 * - subscriptions and the funnel are kept whole: MRR at the end of a month
 *   before the instant only reads what started before it, and the funnel has
 *   no dates.
 *
 * Arrays with nothing to cut are returned as they are (no copy).
 *
 * @param dataset a validated dataset
 * @param instant epoch ms, e.g. `monthBoundary(to)`
 * @example
 * knownAt(valid, monthBoundary(parseMonth('2025-06')!)).deals.filter((deal) => deal.status === 'open')
 * //=> the deals open at the end of June 2025
 * @throws never
 */
export function knownAt(dataset: ValidDataset, instant: number): ValidDataset {
  // The report and the RevOps report of a range cut the same instant: the last few cuts are kept.
  const sections = sectionsOf(dataset);
  let cuts = cutsOfDataset.get(dataset);
  // A dataset is read-only by contract; one whose sections were replaced is cut afresh.
  if (!cuts || cuts.sections.some((section, i) => section !== sections[i])) cutsOfDataset.set(dataset, (cuts = { sections, known: new Map() }));
  let known = cuts.known.get(instant);
  if (known === undefined) {
    known = cutAt(dataset, instant);
    if (cuts.known.size >= KEPT_CUTS) cuts.known.delete(cuts.known.keys().next().value as number);
  } else {
    cuts.known.delete(instant);
  }
  cuts.known.set(instant, known);
  return known;
}

/** What a cut reads, by identity (the subscriptions as their columns, so their objects are never made). */
function sectionsOf(dataset: ValidDataset): unknown[] {
  const { currency, deals, funnel, costs, leads, activities, usage, employeeSurveys } = dataset;
  return [subscriptionColumnsOf(dataset), surveyColumnsOf(dataset), currency, deals, funnel, costs, leads, activities, usage, employeeSurveys];
}

/** How many instants' cuts are kept per dataset (a period change reads two: the range's and the previous period's). */
const KEPT_CUTS = 4;
const cutsOfDataset = new WeakMap<ValidDataset, { sections: unknown[]; known: Map<number, ValidDataset> }>();

function cutAt(dataset: ValidDataset, instant: number): ValidDataset {
  // Every section but the columns, read without touching their lazy objects: the cut dataset
  // shares the validator's subscription columns (MRR needs no cut, it is by month).
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(dataset)) if (key !== 'subscriptions' && key !== 'surveys') rest[key] = dataset[key as keyof ValidDataset];
  const known = datasetOverColumns(
    { ...(rest as Omit<ValidDataset, 'subscriptions' | 'surveys'>), deals: dealsKnownAt(dataset.deals, instant) },
    subscriptionColumnsOf(dataset),
    surveysBefore(surveyColumnsOf(dataset), instant),
  );
  const lastKnownMonth = monthOfInstant(instant - 1);
  if (dataset.costs) known.costs = cut(dataset.costs, (cost) => cost.month <= lastKnownMonth);
  if (dataset.leads) known.leads = cut(dataset.leads, (lead) => lead.reached.lead < instant, (lead) => leadAt(lead, instant));
  if (dataset.activities) known.activities = cut(dataset.activities, (activity) => activity.date < instant);
  if (dataset.usage) known.usage = cut(dataset.usage, (usage) => usage.date < instant);
  if (dataset.employeeSurveys) known.employeeSurveys = cut(dataset.employeeSurveys, (survey) => survey.at < instant);
  return known;
}

/**
 * The deals as they were known at an instant: those created before it, a
 * deal closed at or after it still open. The deals part of {@link knownAt},
 * for figures that look back from several instants (a forecast backtest).
 *
 * @param deals validated deals
 * @param instant epoch ms, e.g. `monthBoundary(month - 1)`
 * @example
 * dealsKnownAt(valid.deals, monthBoundary(parseMonth('2025-06')!)).filter((deal) => deal.status === 'open')
 * //=> the deals open at the end of June 2025
 * @throws never
 */
export function dealsKnownAt(deals: ValidDeal[], instant: number): ValidDeal[] {
  return cut(deals, (deal) => deal.createdAt < instant, (deal) => dealAt(deal, instant));
}

/** Keeps the items `keep` accepts, rewritten by `at`; the same array when nothing changes. */
function cut<T>(items: T[], keep: (item: T) => boolean, at: (item: T) => T = (item) => item): T[] {
  let out: T[] | null = null;
  // Indexed, not for…of over entries(): this runs once per cut, mostly before the optimizing compiler
  // sees it, where each entry was an allocated pair.
  for (let i = 0; i < items.length; i++) {
    const item = itemAt(items, i, 'knownAt');
    const kept = keep(item) ? at(item) : null;
    if (out === null && kept === item) continue;
    out ??= items.slice(0, i);
    if (kept !== null) out.push(kept);
  }
  return out ?? items;
}

function dealAt(deal: ValidDeal, instant: number): ValidDeal {
  if (deal.closedAt === null || deal.closedAt < instant) return deal;
  return { ...deal, status: 'open', closedAt: null };
}

function leadAt(lead: ValidLead, instant: number): ValidLead {
  const reached = lead.reached;
  let known: LeadStageInstants | undefined;
  // Copied only when a stage is cut: most leads are known whole.
  for (const stage in reached) {
    if (stage === 'lead') continue;
    const later = stage as Exclude<keyof LeadStageInstants, 'lead'>;
    const at = reached[later];
    if (at !== null && at >= instant) {
      known ??= { ...reached };
      known[later] = null;
    }
  }
  return known === undefined ? lead : { ...lead, reached: known };
}
