import { TIER_TERMS, TIERS, CYCLE_TERMS, type BillingCycle, type PriceCurrency, type Tier } from '../priceList/index.js';
import { geometric, integerBetween, logUniformInteger, pickWeighted, type Random } from '../random/index.js';

/** What a customer pays for at one time: one subscription's terms. */
export interface Account {
  tier: Tier;
  cycle: BillingCycle;
  currency: PriceCurrency;
  seats: number;
  /** Discount in whole percent (15 = 15 % off). */
  discountPercent: number;
}

/** Average days per month (365.2425 ÷ 12), to turn monthly hazards into days. */
export const DAYS_PER_MONTH = 30.436875;

/** Share of customers billed in USD; the rest pay in EUR. */
export const USD_SHARE = 0.3;

/** Monthly churn hazard of a customer of average sentiment, per tier. */
export const MONTHLY_CHURN: Readonly<Record<Tier, number>> = {
  starter: 0.045,
  team: 0.025,
  business: 0.015,
  enterprise: 0.008,
};

/** Monthly chance that a paying customer changes plan, seats or billing. */
export const MONTHLY_CHANGE = 0.03;

const SIGNUP_DISCOUNTS: readonly (readonly [number, number])[] = [[0, 70], [10, 14], [15, 8], [20, 6], [25, 2]];

/**
 * The account a new customer signs up with: tier by the price page's mix,
 * a billing cycle that tier is sold on, currency, seats and a discount.
 *
 * @example
 * openAccount(random) //=> { tier: 'team', cycle: 'monthly', currency: 'EUR', seats: 4, discountPercent: 0 }
 * @throws never
 */
export function openAccount(random: Random): Account {
  const tier = pickWeighted(random, TIERS.map((t) => [t, TIER_TERMS[t].signupWeight] as const));
  const terms = TIER_TERMS[tier];
  return {
    tier,
    cycle: pickWeighted(random, terms.cycles),
    currency: random() < USD_SHARE ? 'USD' : 'EUR',
    seats: logUniformInteger(random, terms.seats[0], terms.seats[1]),
    discountPercent: pickWeighted(random, SIGNUP_DISCOUNTS),
  };
}

/**
 * Days from the start of a subscription until the customer cancels.
 * Monthly plans can end any day; longer cycles end at a renewal date, since
 * customers do not walk away from a paid-up term. Unhappy customers
 * (low sentiment, 0–1) churn up to three times as often as happy ones.
 *
 * @example
 * daysUntilChurn(random, account, 0.8) //=> 412
 * @throws never
 */
export function daysUntilChurn(random: Random, account: Account, sentiment: number): number {
  const monthly = Math.min(0.9, MONTHLY_CHURN[account.tier] * (1.5 - sentiment) * 1.2);
  const cycleMonths = CYCLE_TERMS[account.cycle].months;
  if (cycleMonths === 1) return Math.max(1, Math.round((geometric(random, monthly) + random()) * DAYS_PER_MONTH));
  const perRenewal = 1 - (1 - monthly) ** cycleMonths;
  const renewals = geometric(random, perRenewal) + 1;
  return Math.round(renewals * cycleMonths * DAYS_PER_MONTH);
}

/**
 * Days from the start of a subscription until the next plan, seat or billing change.
 *
 * @example
 * daysUntilChange(random) //=> 230
 * @throws never
 */
export function daysUntilChange(random: Random): number {
  return Math.max(1, Math.round((geometric(random, MONTHLY_CHANGE) + random()) * DAYS_PER_MONTH));
}

type Change = 'addSeats' | 'removeSeats' | 'upgradeTier' | 'downgradeTier' | 'switchToAnnual' | 'endDiscount';

const CHANGES: readonly (readonly [Change, number])[] = [
  ['addSeats', 50],
  ['removeSeats', 20],
  ['upgradeTier', 12],
  ['downgradeTier', 5],
  ['switchToAnnual', 8],
  ['endDiscount', 5],
];

/**
 * The account after one change: more or fewer seats, a tier up or down, a
 * switch from monthly to annual billing, or an introductory discount ending.
 * A change that does not apply (no tier above enterprise…) adds seats instead.
 *
 * @example
 * changeAccount(random, { tier: 'team', cycle: 'monthly', currency: 'EUR', seats: 4, discountPercent: 0 })
 * //=> { tier: 'team', cycle: 'monthly', currency: 'EUR', seats: 6, discountPercent: 0 }
 * @throws never
 */
export function changeAccount(random: Random, account: Account): Account {
  const change = pickWeighted(random, CHANGES);
  const tierIndex = TIERS.indexOf(account.tier);
  if (change === 'removeSeats' && account.seats > 1) {
    return { ...account, seats: account.seats - integerBetween(random, 1, Math.max(1, Math.floor(account.seats * 0.3))) };
  }
  // No tier above the highest or below the lowest: the change adds seats instead (below).
  const higher = TIERS[tierIndex + 1];
  const lower = tierIndex > 0 ? TIERS[tierIndex - 1] : undefined;
  if (change === 'upgradeTier' && higher !== undefined) return moveTier(random, account, higher);
  if (change === 'downgradeTier' && lower !== undefined) return moveTier(random, account, lower);
  if (change === 'switchToAnnual' && account.cycle !== 'annual' && sellsCycle(account.tier, 'annual')) {
    return { ...account, cycle: 'annual' };
  }
  if (change === 'endDiscount' && account.discountPercent > 0) return { ...account, discountPercent: 0 };
  return { ...account, seats: account.seats + integerBetween(random, 1, Math.max(1, Math.ceil(account.seats * 0.3))) };
}

/**
 * The account a churned customer comes back with: often fewer seats, a
 * fresh billing choice, and sometimes a win-back discount.
 *
 * @example
 * reopenAccount(random, { tier: 'business', cycle: 'annual', currency: 'USD', seats: 20, discountPercent: 0 })
 * //=> { tier: 'business', cycle: 'monthly', currency: 'USD', seats: 14, discountPercent: 20 }
 * @throws never
 */
export function reopenAccount(random: Random, account: Account): Account {
  return {
    ...account,
    cycle: pickWeighted(random, TIER_TERMS[account.tier].cycles),
    seats: Math.max(1, Math.round(account.seats * (0.5 + random() * 0.5))),
    discountPercent: random() < 0.3 ? 20 : 0,
  };
}

function sellsCycle(tier: Tier, cycle: BillingCycle): boolean {
  return TIER_TERMS[tier].cycles.some(([sold]) => sold === cycle);
}

function moveTier(random: Random, account: Account, tier: Tier): Account {
  // A tier that is not sold on the current cycle (enterprise is annual only) re-picks it.
  const cycle = sellsCycle(tier, account.cycle) ? account.cycle : pickWeighted(random, TIER_TERMS[tier].cycles);
  return { ...account, tier, cycle };
}
