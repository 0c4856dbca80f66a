import Decimal from 'decimal.js';

/** Exact decimals for money: enough digits that sums and products of prices never round. */
export const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
export type Exact = InstanceType<typeof Exact>;

/** Currencies Stripe counts in whole units (no minor unit): `unit_amount: 500` in JPY is ¥500. */
const ZERO_DECIMAL = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'JPY', 'KMF', 'KRW', 'MGA', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);
/** Currencies Stripe counts in thousandths. */
const THREE_DECIMAL = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

/**
 * How many decimal places Stripe's integer amounts carry in a currency (its
 * "minor units"): 0 for zero-decimal currencies such as JPY, 3 for BHD,
 * JOD, KWD, OMR and TND, else 2.
 *
 * @example
 * minorUnitDigits('jpy') //=> 0
 * minorUnitDigits('EUR') //=> 2
 * @throws never
 */
export function minorUnitDigits(currency: string): number {
  const code = currency.toUpperCase();
  if (ZERO_DECIMAL.has(code)) return 0;
  return THREE_DECIMAL.has(code) ? 3 : 2;
}

/**
 * A Stripe amount in minor units (an integer, or a decimal string such as
 * `unit_amount_decimal`) as an exact amount in major units.
 *
 * @example
 * fromMinorUnits('4990', 'eur').toFixed() //=> '49.9'
 * fromMinorUnits(500, 'jpy').toFixed() //=> '500'
 * @throws {Error} from decimal.js when the value is not a number (callers check first)
 */
export function fromMinorUnits(value: string | number, currency: string): Exact {
  return new Exact(value).div(new Exact(10).pow(minorUnitDigits(currency)));
}

/** Tells whether a value is a finite number or a decimal string Stripe could send as an amount. */
export function isAmount(value: unknown): value is string | number {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value);
}
