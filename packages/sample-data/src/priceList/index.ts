import type { BillingInterval } from '@revkit/core';
import { formatCents } from '../money/index.js';

/** Plan tiers from the cheapest up. */
export type Tier = 'starter' | 'team' | 'business' | 'enterprise';

/** Tiers in upgrade order. */
export const TIERS: readonly Tier[] = ['starter', 'team', 'business', 'enterprise'];

/** How often a plan bills. `semiannual` is a month interval with intervalCount 6. */
export type BillingCycle = 'monthly' | 'quarterly' | 'semiannual' | 'annual';

/** Currencies prices are listed in; EUR is the reporting currency. */
export type PriceCurrency = 'EUR' | 'USD';

/** The dataset's reporting currency. */
export const REPORTING_CURRENCY = 'EUR';

/** Rates into the reporting currency, as in the dataset's `fxRates`. */
export const FX_RATES: Readonly<Record<Exclude<PriceCurrency, 'EUR'>, string>> = { USD: '0.92' };

/** A tier's list price and who buys it. */
export interface TierTerms {
  /** Monthly list price per seat, in cents, per currency. */
  monthlySeatCents: Readonly<Record<PriceCurrency, number>>;
  /** Seats at signup are drawn log-uniformly from this range. */
  seats: readonly [number, number];
  /** Share of signups on this tier. */
  signupWeight: number;
  /** Billing cycles this tier is bought on, with weights. */
  cycles: readonly (readonly [BillingCycle, number])[];
  /** Sales-led tiers are sold through a deal; the others are self-serve with a trial. */
  salesLed: boolean;
}

/** The price page: per-seat list prices and how each tier is bought. */
export const TIER_TERMS: Readonly<Record<Tier, TierTerms>> = {
  starter: {
    monthlySeatCents: { EUR: 1900, USD: 2100 },
    seats: [1, 3],
    signupWeight: 45,
    cycles: [['monthly', 80], ['quarterly', 10], ['annual', 10]],
    salesLed: false,
  },
  team: {
    monthlySeatCents: { EUR: 4900, USD: 5500 },
    seats: [3, 20],
    signupWeight: 35,
    cycles: [['monthly', 55], ['quarterly', 15], ['semiannual', 5], ['annual', 25]],
    salesLed: false,
  },
  business: {
    monthlySeatCents: { EUR: 7900, USD: 8900 },
    seats: [5, 60],
    signupWeight: 15,
    cycles: [['monthly', 25], ['quarterly', 20], ['semiannual', 10], ['annual', 45]],
    salesLed: true,
  },
  enterprise: {
    monthlySeatCents: { EUR: 14900, USD: 16900 },
    seats: [20, 150],
    signupWeight: 5,
    cycles: [['annual', 1]],
    salesLed: true,
  },
};

/** How a billing cycle bills, and what share of the monthly list it charges per month. */
export const CYCLE_TERMS: Readonly<
  Record<BillingCycle, { interval: BillingInterval; intervalCount: number; months: number; percentOfList: number }>
> = {
  monthly: { interval: 'month', intervalCount: 1, months: 1, percentOfList: 100 },
  quarterly: { interval: 'quarter', intervalCount: 1, months: 3, percentOfList: 95 },
  semiannual: { interval: 'month', intervalCount: 6, months: 6, percentOfList: 92 },
  annual: { interval: 'year', intervalCount: 1, months: 12, percentOfList: 83 },
};

/** One line of the price list: what a subscription carries. */
export interface Price {
  /** Price per billing interval per seat, e.g. `'541.50'`. */
  amount: string;
  interval: BillingInterval;
  intervalCount: number;
}

const PRICES = new Map<string, Price>();
for (const tier of TIERS) {
  for (const cycle of Object.keys(CYCLE_TERMS) as BillingCycle[]) {
    for (const currency of ['EUR', 'USD'] as const) {
      const { interval, intervalCount, months, percentOfList } = CYCLE_TERMS[cycle];
      const cents = Math.round((TIER_TERMS[tier].monthlySeatCents[currency] * months * percentOfList) / 100);
      PRICES.set(`${tier}|${cycle}|${currency}`, { amount: formatCents(cents), interval, intervalCount });
    }
  }
}

/**
 * The list price of a tier on a billing cycle in a currency. The same
 * object is returned every time, so millions of subscriptions share its strings.
 *
 * @example
 * priceOf('team', 'annual', 'EUR') //=> { amount: '488.04', interval: 'year', intervalCount: 1 }
 * @throws {RangeError} for an unknown tier, cycle or currency
 */
export function priceOf(tier: Tier, cycle: BillingCycle, currency: PriceCurrency): Price {
  const price = PRICES.get(`${tier}|${cycle}|${currency}`);
  if (!price) throw new RangeError(`priceOf: no price for ${tier}/${cycle}/${currency}`);
  return price;
}
