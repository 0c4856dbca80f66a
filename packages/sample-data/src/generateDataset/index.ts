import type { Dataset } from '@revkit/core';
import { dateStrings, firstDayOfMonth } from '../calendar/index.js';
import { appendCustomerHistory, type DatasetRecords } from '../customerHistory/index.js';
import { funnelStages } from '../funnel/index.js';
import { checkOptions, type GenerateDatasetOptions } from '../options/index.js';
import { FX_RATES, REPORTING_CURRENCY } from '../priceList/index.js';
import { createRandom, integerBetween, mixSeed } from '../random/index.js';
import { revOpsSections } from '../revops/index.js';
import { apportion, signupWeight } from '../seasonality/index.js';

/**
 * Generates a realistic SaaS dataset in the revkit report contract's format:
 * monthly, quarterly, semiannual and annual plans on four tiers, seats,
 * discounts, free trials that convert, upgrades and downgrades, churn and
 * win-backs, EUR and USD prices (with an fx rate), a deals pipeline, a
 * funnel, CSAT/NPS/CES surveys, and seasonal, growing signups; and, unless
 * `revops: false`, the optional RevOps sections that agree with them: costs
 * by month and category, lead records with stage dates, sales activities
 * and product usage (the last three over the recent months, bounded in
 * volume whatever the customer count).
 *
 * Customers sign up across the months (`cus_1` first); every record falls
 * inside the months covered. The same options give byte-identical data.
 * A million customers take a few seconds and well under 2 GB.
 *
 * @param options `seed` (safe integer), `customers` (10 to 1 000 000), `months` (≥ 1), `start` (`YYYY-MM`), `revops` (boolean or sizes)
 * @example
 * const dataset = generateDataset({ seed: 42, customers: 1000, months: 24, start: '2024-01' })
 * buildReport(dataset).mrr.at(-1)?.customers //=> 563
 * @throws {TypeError} when an option has the wrong type, naming it (e.g. `options.seed`)
 * @throws {RangeError} when an option is out of range, naming it (e.g. `options.customers`)
 */
export function generateDataset(options: GenerateDatasetOptions): Dataset {
  const { seed, customers, months, startMonth, revops } = checkOptions(options);
  const random = createRandom(seed);
  const firstDay = firstDayOfMonth(startMonth);
  const endDay = firstDayOfMonth(startMonth + months);
  const context = { random, firstDay, endDay, date: dateStrings(firstDay, endDay) };
  const records: DatasetRecords = { subscriptions: [], deals: [], surveys: [] };

  const weights = Array.from({ length: months }, (_, offset) => signupWeight(startMonth + offset, offset));
  const signups = apportion(customers, weights);
  // What the RevOps sections need of each customer: signup day and won deal (4 bytes each, even at a million).
  const signupDays = new Int32Array(revops ? customers : 0);
  const wonDeals = new Int32Array(revops ? customers : 0);
  let customerNumber = 0;
  for (const [offset, signupCount] of signups.entries()) {
    const monthFirstDay = firstDayOfMonth(startMonth + offset);
    const monthEndDay = firstDayOfMonth(startMonth + offset + 1);
    // Sorted signup days make customer numbers follow signup order.
    const days = new Int32Array(signupCount);
    for (let k = 0; k < days.length; k++) days[k] = integerBetween(random, monthFirstDay, monthEndDay - 1);
    days.sort();
    for (const day of days) {
      const dealsBefore = records.deals.length;
      appendCustomerHistory(context, `cus_${++customerNumber}`, day, records);
      if (revops) {
        signupDays[customerNumber - 1] = day;
        // A sales-led customer's won deal is the first deal its history added.
        wonDeals[customerNumber - 1] = records.deals[dealsBefore]?.status === 'won' ? dealsBefore : -1;
      }
    }
  }

  const funnel = funnelStages(random, customers);
  const dataset: Dataset = {
    currency: REPORTING_CURRENCY,
    fxRates: { ...FX_RATES },
    subscriptions: records.subscriptions,
    deals: records.deals,
    funnel,
    surveys: records.surveys,
  };
  if (!revops) return dataset;
  // A stream of its own, so the contract's sections are the same with or without RevOps.
  const sections = revOpsSections({
    random: createRandom(mixSeed(seed) ^ REVOPS_STREAM),
    options: revops,
    startMonth,
    months,
    firstDay,
    endDay,
    date: context.date,
    signups,
    customers: { signupDays, wonDeals },
    subscriptions: records.subscriptions,
    deals: records.deals,
    funnel,
  });
  return { ...dataset, ...sections };
}

/** Mixed into the seed for the RevOps sections' random stream. */
const REVOPS_STREAM = 0x5e1ec7;
