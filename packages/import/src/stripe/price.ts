import type { BillingInterval } from '@revkit/core';
import { Exact, fromMinorUnits, isAmount } from './money.js';
import type { StripePriceLike } from './types.js';

/** One tier of a tiered price, in major units. */
interface Tier {
  /** Last unit of the tier (inclusive); `null` for the last, open tier. */
  upTo: number | null;
  unit: Exact;
  flat: Exact;
}

/** A recurring licensed price (or plan) reduced to what MRR needs. */
export interface RecurringPrice {
  id: string;
  /** ISO 4217, upper case. */
  currency: string;
  interval: BillingInterval;
  intervalCount: number;
  /** Per-unit price in major units, for `per_unit` prices. */
  unit: Exact | null;
  /** Tiers and how they apply, for `tiered` prices. */
  tiers: { mode: 'volume' | 'graduated'; tiers: Tier[] } | null;
  /** `transform_quantity` (package pricing): units are billed per `divideBy`, rounded up or down. */
  transform: { divideBy: number; round: 'up' | 'down' } | null;
}

/** Why a price gives no MRR: a warning (metered, one-time) or an error (not understood). */
export type PriceProblem = { warning: string } | { error: string };

const INTERVALS = new Set<string>(['day', 'week', 'month', 'year']);

/**
 * Reads a Stripe price or legacy plan into a {@link RecurringPrice}: the
 * amount from `unit_amount_decimal`/`amount_decimal` (exact) or
 * `unit_amount`/`amount` in the currency's minor units, the interval, tiers
 * and `transform_quantity`. Metered and one-time prices give no MRR.
 *
 * @example
 * readPrice({ id: 'price_1', object: 'price', currency: 'eur', unit_amount: 4990, billing_scheme: 'per_unit',
 *   recurring: { interval: 'month', interval_count: 1, usage_type: 'licensed' } } as Stripe.Price)
 * //=> { id: 'price_1', currency: 'EUR', interval: 'month', intervalCount: 1, unit: 49.9, tiers: null, transform: null }
 * @throws never: problems come back as a {@link PriceProblem}
 */
export function readPrice(price: StripePriceLike): RecurringPrice | PriceProblem {
  const id = typeof price.id === 'string' ? price.id : '(no id)';
  if (typeof price.currency !== 'string' || !/^[a-zA-Z]{3}$/.test(price.currency)) {
    return { error: `price ${id}: has no currency` };
  }
  const currency = price.currency.toUpperCase();
  const recurring = 'recurring' in price ? price.recurring : price.object === 'plan' || 'interval' in price ? (price as { interval?: unknown; interval_count?: unknown; usage_type?: unknown }) : null;
  if (recurring === null || recurring === undefined) return { warning: `price ${id} is not recurring (one-time): not MRR, skipped` };
  const usage = recurring.usage_type;
  if (usage === 'metered') return { warning: `price ${id} is metered (usage-based): not MRR, skipped` };
  if (usage !== undefined && usage !== null && usage !== 'licensed') return { error: `price ${id}: unknown usage_type ${JSON.stringify(usage)}` };
  const interval = recurring.interval;
  if (typeof interval !== 'string' || !INTERVALS.has(interval)) return { error: `price ${id}: unknown recurring interval ${JSON.stringify(interval)}` };
  const count = recurring.interval_count ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return { error: `price ${id}: interval_count must be an integer ≥ 1, got ${JSON.stringify(count)}` };

  const transformSource = 'transform_quantity' in price ? price.transform_quantity : 'transform_usage' in price ? price.transform_usage : null;
  let transform: RecurringPrice['transform'] = null;
  if (transformSource) {
    const { divide_by: divideBy } = transformSource;
    const round = transformSource.round === 'up' ? 'up' : transformSource.round === 'down' ? 'down' : null;
    if (typeof divideBy !== 'number' || !Number.isInteger(divideBy) || divideBy < 1 || round === null) {
      return { error: `price ${id}: transform_quantity not understood` };
    }
    transform = { divideBy, round };
  }

  const base = { id, currency, interval: interval as BillingInterval, intervalCount: count, transform };
  if (price.billing_scheme === 'tiered') {
    const mode = price.tiers_mode === 'volume' ? 'volume' : price.tiers_mode === 'graduated' ? 'graduated' : null;
    if (mode === null) return { error: `price ${id}: unknown tiers_mode ${JSON.stringify(price.tiers_mode)}` };
    if (!Array.isArray(price.tiers) || price.tiers.length === 0) {
      return { error: `price ${id}: a tiered price needs its tiers (list prices with expand[]=data.tiers)` };
    }
    const tiers: Tier[] = [];
    for (const [index, tier] of price.tiers.entries()) {
      const unit = amountOf(tier.unit_amount_decimal, tier.unit_amount, currency);
      const flat = amountOf(tier.flat_amount_decimal, tier.flat_amount, currency);
      const upTo = tier.up_to;
      if (unit === undefined || flat === undefined || (upTo !== null && (typeof upTo !== 'number' || upTo < 0))) {
        return { error: `price ${id}: tiers[${index}] not understood` };
      }
      tiers.push({ upTo, unit: unit ?? new Exact(0), flat: flat ?? new Exact(0) });
    }
    return { ...base, unit: null, tiers: { mode, tiers } };
  }
  if (price.billing_scheme !== undefined && price.billing_scheme !== null && price.billing_scheme !== 'per_unit') {
    return { error: `price ${id}: unknown billing_scheme ${JSON.stringify(price.billing_scheme)}` };
  }
  const unit =
    'unit_amount' in price
      ? amountOf(price.unit_amount_decimal, price.unit_amount, currency)
      : amountOf((price as { amount_decimal?: unknown }).amount_decimal, (price as { amount?: unknown }).amount, currency);
  if (unit === undefined || unit === null) return { error: `price ${id}: has no unit_amount (a custom or unknown amount is not understood)` };
  return { ...base, unit, tiers: null };
}

/**
 * An amount from its exact decimal field, else its integer field, in major
 * units; `null` when both are null; `undefined` when present but not a number.
 */
function amountOf(decimal: unknown, integer: unknown, currency: string): Exact | null | undefined {
  const value = decimal !== null && decimal !== undefined ? String(decimal) : integer;
  if (value === null || value === undefined) return null;
  return isAmount(value) ? fromMinorUnits(value, currency) : undefined;
}

/** The units billed for a quantity, after `transform_quantity`. */
export function billedUnits(price: RecurringPrice, quantity: number): number {
  if (price.transform === null) return quantity;
  const divided = quantity / price.transform.divideBy;
  return price.transform.round === 'up' ? Math.ceil(divided) : Math.floor(divided);
}

/**
 * The amount billed per interval for a quantity of a tiered price: `volume`
 * prices every unit at the tier the quantity falls in, plus its flat amount;
 * `graduated` prices each unit at its own tier and adds the flat amount of
 * every tier reached. A quantity of 0 bills nothing.
 *
 * @example
 * // graduated: 1–5 at 10, 6+ at 8 plus a flat 20 → 7 units = 5×10 + (2×8 + 20) = 86
 * @throws {RangeError} when `tiers` is empty in volume mode (readPrice never gives one)
 */
export function tieredTotal(tiers: NonNullable<RecurringPrice['tiers']>, quantity: number): Exact {
  let total = new Exact(0);
  if (quantity <= 0) return total;
  if (tiers.mode === 'volume') {
    const tier = tiers.tiers.find((candidate) => candidate.upTo === null || quantity <= candidate.upTo) ?? tiers.tiers.at(-1);
    if (tier === undefined) throw new RangeError('tieredTotal: a tiered price needs at least one tier');
    return tier.unit.mul(quantity).add(tier.flat);
  }
  let previous = 0;
  for (const tier of tiers.tiers) {
    if (quantity <= previous) break;
    const last = tier.upTo === null ? quantity : Math.min(quantity, tier.upTo);
    total = total.add(tier.unit.mul(last - previous)).add(tier.flat);
    previous = last;
    if (tier.upTo === null) break;
  }
  return total;
}
