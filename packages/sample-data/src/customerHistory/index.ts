import type { Deal, Subscription, SurveyResponse } from '@revkit/core';
import { annualContractCents, dealRecord, prospectDeals, wonDeal } from '../deals/index.js';
import {
  changeAccount,
  DAYS_PER_MONTH,
  daysUntilChange,
  daysUntilChurn,
  openAccount,
  reopenAccount,
  type Account,
} from '../lifecycle/index.js';
import { priceOf, TIER_TERMS } from '../priceList/index.js';
import { geometric, type Random } from '../random/index.js';
import { daysUntilSurvey, pickSurveyType, surveyScore } from '../surveys/index.js';

/** Share of self-serve signups that start with a free trial. */
export const TRIAL_SHARE = 0.55;
/** Length of a free trial. */
export const TRIAL_DAYS = 14;
/** Share of churned customers that come back later. */
export const WIN_BACK_SHARE = 0.22;
// A customer's history is cut after this many subscriptions; the last one stays ongoing.
const MAX_SUBSCRIPTIONS = 40;

/** What every customer's simulation shares: the random stream and the days covered. */
export interface HistoryContext {
  random: Random;
  /** First day covered (day number, see `dayOfDate`). */
  firstDay: number;
  /** First day after the data (exclusive). */
  endDay: number;
  /** Formats a day number in [firstDay, endDay) as `YYYY-MM-DD`. */
  date: (day: number) => string;
}

/**
 * The records a run appends to. Appending in place, rather than returning
 * arrays per customer, keeps a million-customer run from allocating a
 * million short-lived arrays; ids are numbered from the lengths.
 */
export interface DatasetRecords {
  subscriptions: Subscription[];
  deals: Deal[];
  surveys: SurveyResponse[];
}

/**
 * Simulates one customer from signup to the end of the data and appends
 * their subscriptions, deals and survey answers: an optional zero-amount
 * trial, a paid subscription per plan/seat/billing change (each ends the
 * instant the next starts), churn at a cancellation or renewal date, and a
 * possible win-back after a gap. Sales-led tiers come with a won deal and
 * some lost or open ones. Every instant falls inside [firstDay, endDay).
 *
 * @example
 * const records = { subscriptions: [], deals: [], surveys: [] }
 * appendCustomerHistory(context, 'cus_1', 19790, records)
 * records.subscriptions[0] //=> { id: 'sub_1', customerId: 'cus_1', start: '2024-03-08', end: '2024-03-22', amount: '0', … }
 * @throws {RangeError} when signupDay is outside [firstDay, endDay)
 */
export function appendCustomerHistory(context: HistoryContext, customerId: string, signupDay: number, records: DatasetRecords): void {
  const { random, endDay } = context;
  if (!(signupDay >= context.firstDay && signupDay < endDay)) {
    throw new RangeError(`appendCustomerHistory: signup day ${signupDay} is outside the data`);
  }
  // How happy the customer is, 0–1, skewed happy (mean 2/3): it lowers churn and raises survey scores.
  const sentiment = 1 - (1 - random()) ** 2;
  let account = openAccount(random);
  let start = signupDay;
  const salesLed = TIER_TERMS[account.tier].salesLed;

  if (!salesLed && random() < TRIAL_SHARE && start + TRIAL_DAYS < endDay) {
    pushSubscription(context, records, customerId, account, start, start + TRIAL_DAYS, true);
    start += TRIAL_DAYS;
  }
  if (salesLed) {
    const amountCents = annualContractCents(account.tier, account.seats, account.discountPercent);
    pushDeal(context, records, wonDeal(random, { closeDay: start, firstDay: context.firstDay, amountCents }));
    for (const draft of prospectDeals(random, context)) pushDeal(context, records, draft);
  }

  for (let count = 1; ; count++) {
    const churnDay = start + daysUntilChurn(random, account, sentiment);
    const changeDay = start + daysUntilChange(random);
    const next = count === MAX_SUBSCRIPTIONS ? Infinity : Math.min(churnDay, changeDay);
    if (next >= endDay) {
      pushSubscription(context, records, customerId, account, start, null, false);
      pushSurveys(context, records, start, endDay, sentiment);
      return;
    }
    pushSubscription(context, records, customerId, account, start, next, false);
    pushSurveys(context, records, start, next, sentiment);
    if (changeDay < churnDay) {
      account = changeAccount(random, account);
      start = next;
      continue;
    }
    if (random() >= WIN_BACK_SHARE) return;
    const comeback = next + Math.round((2 + geometric(random, 0.15) + random()) * DAYS_PER_MONTH);
    if (comeback >= endDay) return;
    account = reopenAccount(random, account);
    start = comeback;
  }
}

function pushSubscription(
  context: HistoryContext,
  records: DatasetRecords,
  customerId: string,
  account: Account,
  startDay: number,
  endDay: number | null,
  trial: boolean,
): void {
  const price = priceOf(account.tier, account.cycle, account.currency);
  // One object shape for every subscription keeps a million of them compact in V8.
  records.subscriptions.push({
    id: `sub_${records.subscriptions.length + 1}`,
    customerId,
    start: context.date(startDay),
    end: endDay === null ? null : context.date(endDay),
    amount: trial ? '0' : price.amount,
    interval: price.interval,
    intervalCount: price.intervalCount,
    quantity: account.seats,
    discount: trial ? 0 : account.discountPercent / 100,
    currency: account.currency,
  });
}

function pushDeal(context: HistoryContext, records: DatasetRecords, draft: Parameters<typeof dealRecord>[1]): void {
  records.deals.push(dealRecord(`deal_${records.deals.length + 1}`, draft, context.date));
}

function pushSurveys(context: HistoryContext, records: DatasetRecords, fromDay: number, untilDay: number, sentiment: number): void {
  const { random } = context;
  for (let day = fromDay + daysUntilSurvey(random); day < untilDay; day += daysUntilSurvey(random)) {
    const type = pickSurveyType(random);
    records.surveys.push({ type, score: surveyScore(random, type, sentiment), at: context.date(day) });
  }
}
