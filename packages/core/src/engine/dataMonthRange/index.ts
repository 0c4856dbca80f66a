import { validDatasetArgument } from '../../_lib/arguments/index.js';
import { formatMonth, monthOfInstant } from '../month/index.js';
import type { MonthString } from '../../types.js';
import { subscriptionColumnsOf, surveyColumnsOf } from '../subscriptionColumns/index.js';
import type { ValidDataset } from '../validate/index.js';

/**
 * The months a dataset covers: from the month of its earliest dated record to
 * the month of its latest (a subscription's end month included, since churn
 * shows there). The optional RevOps sections count too: a cost's month, every
 * stage a lead reached, activity and usage dates, employee surveys. `null`
 * when nothing in it is dated.
 *
 * @example
 * dataMonthRange(validateDataset(dataset)) //=> { from: '2022-03', to: '2023-12' }
 * @throws {TypeError} when an argument has the wrong structure (`dataMonthRange: <argument> must be …`)
 */
export function dataMonthRange(dataset: ValidDataset): { from: MonthString; to: MonthString } | null {
  validDatasetArgument(dataset, 'dataMonthRange');
  // The columns know their extremes (validation saw every date): only the sections held as objects are walked.
  const subscriptions = subscriptionColumnsOf(dataset);
  const surveys = surveyColumnsOf(dataset);
  let first = Math.min(subscriptions.firstInstant, surveys.firstAt);
  let last = Math.max(subscriptions.lastInstant, surveys.lastAt);
  // Indexed loops: this runs once per report, mostly before the optimizing compiler sees it.
  const { deals } = dataset;
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i];
    if (deal === undefined) continue;
    const { createdAt, closedAt } = deal;
    if (createdAt < first) first = createdAt;
    if (createdAt > last) last = createdAt;
    if (closedAt !== null && closedAt < first) first = closedAt;
    if (closedAt !== null && closedAt > last) last = closedAt;
  }
  const see = (instant: number | null): void => {
    if (instant === null) return;
    if (instant < first) first = instant;
    if (instant > last) last = instant;
  };
  // The optional RevOps sections (absent from contract datasets, so the contract's default is unchanged).
  for (const lead of dataset.leads ?? []) for (const at of Object.values(lead.reached)) see(at);
  for (const activity of dataset.activities ?? []) see(activity.date);
  for (const usage of dataset.usage ?? []) see(usage.date);
  for (const survey of dataset.employeeSurveys ?? []) see(survey.at);
  let firstMonth = first === Infinity ? Infinity : monthOfInstant(first);
  let lastMonth = last === -Infinity ? -Infinity : monthOfInstant(last);
  // Costs are dated by month, not instant.
  for (const cost of dataset.costs ?? []) {
    if (cost.month < firstMonth) firstMonth = cost.month;
    if (cost.month > lastMonth) lastMonth = cost.month;
  }
  if (firstMonth === Infinity) return null;
  return { from: formatMonth(firstMonth), to: formatMonth(lastMonth) };
}
