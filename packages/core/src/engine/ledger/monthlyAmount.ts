import { isScaledDecimal, recordArgument, wrongArgument } from '../../_lib/arguments/index.js';
import { gcd } from '../exact/index.js';
import type { BillingInterval } from '../../types.js';
import type { SubscriptionTerms } from '../subscriptionColumns/index.js';

/** An exact fraction; the denominator is always > 0. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

/** Months per interval as a fraction: K of the contract (365/12 for a day…). */
const MONTHS_FACTOR: Readonly<Record<BillingInterval, readonly [bigint, bigint]>> = {
  day: [365n, 12n],
  week: [52n, 12n],
  month: [1n, 1n],
  quarter: [1n, 3n],
  year: [1n, 12n],
};

/**
 * A subscription's monthly amount in the reporting currency, as an exact
 * reduced fraction: amount × quantity × (1 − discount) × fx ÷ intervalCount × K.
 *
 * @example
 * // 120 a year, 2 seats, 10 % off: 120 × 2 × 0.9 ÷ 12 = 18
 * monthlyAmountFraction(sub) //=> { numerator: 18n, denominator: 1n }
 * @throws {TypeError} when `sub` is not a validated subscription's terms (`monthlyAmountFraction: sub.amount must be …`)
 */
export function monthlyAmountFraction(sub: SubscriptionTerms): Fraction {
  checkedTerms(sub);
  const [kNum, kDen] = MONTHS_FACTOR[sub.interval];
  const { amount, quantity, discount, fx } = sub;
  const discountScale = 10n ** BigInt(discount.scale);
  const numerator = amount.units * quantity.units * (discountScale - discount.units) * fx.units * kNum;
  const denominator =
    10n ** BigInt(amount.scale + quantity.scale + fx.scale) * discountScale * kDen * BigInt(sub.intervalCount);
  const divisor = gcd(numerator, denominator);
  return divisor > 1n
    ? { numerator: numerator / divisor, denominator: denominator / divisor }
    : { numerator, denominator };
}

/** Terms as validateDataset makes them: scaled decimals, a known interval and a count ≥ 1 (once per distinct terms). */
function checkedTerms(sub: SubscriptionTerms): void {
  recordArgument(sub, 'monthlyAmountFraction', 'sub');
  for (const field of ['amount', 'quantity', 'discount', 'fx'] as const) {
    if (!isScaledDecimal(sub[field])) wrongArgument('monthlyAmountFraction', `sub.${field}`, 'a scaled decimal ({ units: BigInt, scale })', sub[field]);
  }
  if (!Object.hasOwn(MONTHS_FACTOR, sub.interval)) {
    wrongArgument('monthlyAmountFraction', 'sub.interval', `one of ${Object.keys(MONTHS_FACTOR).join(', ')}`, sub.interval);
  }
  if (!Number.isSafeInteger(sub.intervalCount) || sub.intervalCount < 1) {
    wrongArgument('monthlyAmountFraction', 'sub.intervalCount', 'an integer ≥ 1', sub.intervalCount);
  }
}
