import { formatMonth, monthOfInstant } from '../month/index.js';
import type { MonthString } from '../types.js';
import type { ValidDataset } from '../validate/index.js';

/**
 * The months a dataset covers: from the month of its earliest dated record to
 * the month of its latest (a subscription's end month included, since churn
 * shows there). `null` when nothing in it is dated.
 *
 * @example
 * dataMonthRange(validateDataset(dataset)) //=> { from: '2022-03', to: '2023-12' }
 * @throws never
 */
export function dataMonthRange(dataset: ValidDataset): { from: MonthString; to: MonthString } | null {
  let first = Infinity;
  let last = -Infinity;
  const see = (instant: number | null): void => {
    if (instant === null) return;
    if (instant < first) first = instant;
    if (instant > last) last = instant;
  };
  for (const sub of dataset.subscriptions) {
    see(sub.start);
    see(sub.end);
  }
  for (const deal of dataset.deals) {
    see(deal.createdAt);
    see(deal.closedAt);
  }
  for (const survey of dataset.surveys) see(survey.at);
  if (first === Infinity) return null;
  return { from: formatMonth(monthOfInstant(first)), to: formatMonth(monthOfInstant(last)) };
}
