import { addCalendarMonths } from '@revkit/core';
import { Exact, fromMinorUnits, isAmount } from './money.js';
import type { StripeDiscount } from './types.js';

/** A discount that lowers MRR, over the instants it applies. */
export interface ActiveDiscount {
  id: string;
  /** A fraction off (`percent_off` ÷ 100), or an amount off per invoice in major units of `currency`. */
  off: { percent: Exact } | { amount: Exact; currency: string };
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive; `null` for a `forever` coupon. */
  to: number | null;
}

/**
 * The discounts of a subscription (or item) that change MRR, each counted
 * once: the expanded `discounts` array plus the legacy single `discount`
 * (the same id in both is one discount). `once` coupons are left out (they
 * lower one invoice, not the recurring revenue); `repeating` ones apply for
 * `duration_in_months` calendar months from the discount's `start`;
 * `forever` ones from `start` on. Discounts given by id only cannot be read:
 * each is a warning.
 *
 * @example
 * readDiscounts('sub_1', [{ id: 'di_1', start: 1704067200, source: { coupon: { percent_off: 20, duration: 'forever' } } }], null, warnings)
 * //=> [{ id: 'di_1', off: { percent: 0.2 }, from: 1704067200000, to: null }]
 * @throws never: problems are warnings or errors pushed on the given lists
 */
export function readDiscounts(
  owner: string,
  list: ReadonlyArray<string | StripeDiscount> | null | undefined,
  legacy: StripeDiscount | null | undefined,
  warnings: string[],
  errors: string[],
): ActiveDiscount[] {
  const objects = new Map<string, StripeDiscount>();
  const unexpanded: string[] = [];
  for (const entry of [...(Array.isArray(list) ? list : []), ...(legacy ? [legacy] : [])]) {
    if (typeof entry === 'string') unexpanded.push(entry);
    else if (entry && typeof entry === 'object') objects.set(typeof entry.id === 'string' ? entry.id : `(discount ${objects.size + 1})`, entry);
  }
  for (const id of unexpanded) {
    if (!objects.has(id)) warnings.push(`${owner}: discount ${id} is not expanded, so it is ignored (list subscriptions with expand[]=data.discounts)`);
  }
  const out: ActiveDiscount[] = [];
  for (const [id, discount] of objects) {
    const coupon = discount.source?.coupon ?? discount.coupon;
    if (typeof coupon === 'string' || coupon === null || coupon === undefined) {
      warnings.push(`${owner}: the coupon of discount ${id} is not expanded, so it is ignored (expand data.discounts.source.coupon)`);
      continue;
    }
    if (typeof discount.start !== 'number') {
      errors.push(`${owner}: discount ${id} has no start`);
      continue;
    }
    const from = discount.start * 1000;
    let to: number | null;
    if (coupon.duration === 'once') continue;
    if (coupon.duration === 'forever') to = typeof discount.end === 'number' ? discount.end * 1000 : null;
    else if (coupon.duration === 'repeating') {
      const months = coupon.duration_in_months;
      if (typeof months !== 'number' || !Number.isInteger(months) || months < 1) {
        errors.push(`${owner}: repeating coupon ${coupon.id} needs duration_in_months`);
        continue;
      }
      // Stripe's calendar months (the day clamped to the month's end) are the core's.
      to = addCalendarMonths(from, months);
    } else {
      errors.push(`${owner}: coupon ${coupon.id} has an unknown duration ${JSON.stringify(coupon.duration)}`);
      continue;
    }
    if (typeof coupon.percent_off === 'number' && coupon.percent_off >= 0 && coupon.percent_off <= 100) {
      out.push({ id, off: { percent: new Exact(coupon.percent_off).div(100) }, from, to });
    } else if (isAmount(coupon.amount_off) && typeof coupon.currency === 'string') {
      out.push({ id, off: { amount: fromMinorUnits(coupon.amount_off, coupon.currency), currency: coupon.currency.toUpperCase() }, from, to });
    } else {
      errors.push(`${owner}: coupon ${coupon.id} has neither a percent_off in [0, 100] nor an amount_off with a currency`);
    }
  }
  return out;
}
