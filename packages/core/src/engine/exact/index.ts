import { isDecimalText } from '../../_lib/arguments/index.js';
import { describeValue } from '../errors/index.js';
import Decimal from 'decimal.js';
import { integerRatio, quotientText } from '../rounding/index.js';

/**
 * The decimal type revkit computes money with: 60 significant digits and
 * half-away-from-zero rounding, a private clone so the host app's global
 * decimal.js settings are never touched.
 */
export const ExactDecimal = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
});
/** An instance of {@link ExactDecimal}. */
export type ExactDecimal = InstanceType<typeof ExactDecimal>;

/** A decimal as an integer and a power-of-ten scale: value = units ÷ 10^scale. */
export interface ScaledDecimal {
  units: bigint;
  scale: number;
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses a decimal string or a finite number exactly into units and scale,
 * without going through binary floating point for strings. A number is read
 * through its shortest round-trip text (`0.1` → 1 ÷ 10).
 *
 * @returns the scaled decimal, or a message saying why the value is not one
 * @example
 * parseDecimal('49.90') //=> { units: 499n, scale: 1 }
 * parseDecimal(1.085) //=> { units: 1085n, scale: 3 }
 * @throws never
 */
export function parseDecimal(value: unknown): ScaledDecimal | string {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `must be a finite number, got ${String(value)}`;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return `must be a decimal string or a number, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`;
  }
  // Length first: a 10 MB value is refused without being scanned.
  const match = text.length > 200 ? null : DECIMAL_PATTERN.exec(text);
  const intPart = match?.[2] ?? '';
  const fracPart = match?.[3] ?? '';
  if (!match || (intPart === '' && fracPart === '')) {
    return `must be a decimal number, got ${describeValue(value)}`;
  }
  const exponent = match[4] === undefined ? 0 : Number(match[4]);
  if (Math.abs(exponent) > 100) return `is out of range: ${describeValue(value)}`;
  const digits = (intPart + fracPart).replace(/^0+(?=\d)/, '');
  let units = BigInt(digits === '' ? '0' : digits);
  let scale = fracPart.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  // Drop trailing zeros so common denominators stay small.
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  if (units === 0n) scale = 0;
  return { units: match[1] === '-' ? -units : units, scale };
}

// The integer rounding rules live in the light engine/rounding, so the display layer shares them.
export { gcd, integerRatio, roundQuotient, roundScaled } from '../rounding/index.js';

/**
 * Rounds an exact decimal to money: 2 places, half away from zero.
 *
 * @example
 * toMoney(new ExactDecimal('15.19165')) //=> 15.19
 * @throws {TypeError} when an argument has the wrong structure (`toMoney: <argument> must be …`)
 */
export function toMoney(value: ExactDecimal): number {
  if (!Decimal.isDecimal(value)) throw new TypeError(`toMoney: value must be an exact decimal (toExact's result), got ${describeValue(value)}`);
  const result = value.toDecimalPlaces(2, ExactDecimal.ROUND_HALF_UP).toNumber();
  return result === 0 ? 0 : result;
}

/**
 * An exact ratio as a JSON number, or `null` when the denominator is zero:
 * the one guard every rate in revkit goes through.
 *
 * @example
 * ratio(1, 3) //=> 0.3333333333333333
 * ratio(5, 0) //=> null
 * @throws {RangeError} when a value is not finite (NaN or an infinity)
 * @throws {TypeError} when an argument has the wrong structure (`ratio: <argument> must be …`)
 */
export function ratio(numerator: ExactValue, denominator: ExactValue): number | null {
  // Integers of any size: the BigInt route, the same 60 digits without the decimal type.
  if (typeof numerator === 'bigint' && typeof denominator === 'bigint') {
    const quotient = integerRatio(numerator, denominator);
    return quotient === 0 ? 0 : quotient;
  }
  // Integers up to 2^53 are exact doubles, and IEEE division rounds their
  // quotient correctly: the same number integerRatio gives, without BigInt.
  const n = smallInteger(numerator);
  const d = n === null ? null : smallInteger(denominator);
  if (n !== null && d !== null) {
    if (d === 0) return null;
    const quotient = n / d;
    return quotient === 0 ? 0 : quotient;
  }
  // Decimals: divided on their integer digits (exactDivide), so every rate rounds by the one rule of quotientText.
  const top = finiteExact(numerator, 'numerator');
  const bottom = finiteExact(denominator, 'denominator');
  if (bottom.isZero()) return null;
  const quotient = exactDivide(top, bottom).toNumber();
  return quotient === 0 ? 0 : quotient;
}

function finiteExact(value: ExactValue, which: string): ExactDecimal {
  const exact = toExact(checkedDecimalType(value, 'ratio', which));
  if (!exact.isFinite()) throw new RangeError(`ratio: the ${which} must be finite, got ${exact.toString()}`);
  return exact;
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/** The value as a double when it is an integer a double holds exactly, else null. */
function smallInteger(value: ExactValue): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'bigint') return value <= MAX_EXACT && value >= -MAX_EXACT ? Number(value) : null;
  return null;
}

/** A money or count input: a decimal string, a number, a decimal or a BigInt. */
export type ExactValue = Decimal.Value | bigint;

/**
 * Converts any {@link ExactValue} to an exact decimal. Every metric reads its
 * inputs through it, so a value that is not a decimal is a `TypeError` named
 * here, never decimal.js's own error.
 *
 * @example
 * toExact(12n).plus('0.5').toString() //=> '12.5'
 * toExact('12,5') // throws TypeError: toExact: expected a decimal (a number, a decimal string, a Decimal or a BigInt), got "12,5"
 * @throws {TypeError} when the value is not a decimal (`toExact: expected a decimal…, got …`)
 */
export function toExact(value: ExactValue): ExactDecimal {
  if (typeof value === 'bigint') return new ExactDecimal(value.toString());
  try {
    return new ExactDecimal(value);
  } catch {
    // decimal.js throws a plain Error ("[DecimalError] Invalid argument"): the policy is a TypeError naming the function.
    throw new TypeError(`toExact: expected a decimal (a number, a decimal string, a Decimal or a BigInt), got ${describeValue(value)}`);
  }
}

/**
 * A scaled decimal as an exact decimal.
 *
 * @example
 * scaledToExact({ units: 4990n, scale: 2 }).toString() //=> '49.9'
 * @throws never
 */
export function scaledToExact(value: ScaledDecimal): ExactDecimal {
  const digits = value.units.toString();
  // units × 10^−scale read as written: the same value as the division by 10^scale, which is exact while
  // the digits fit the precision (a division at 60 digits is a tenth of the RevOps report's decimal time).
  // Longer ones are divided, so they are rounded to the precision as before.
  // (The length counts a minus sign too: a digit short of the precision at worst, which is safe.)
  if (digits.length <= ExactDecimal.precision) return new ExactDecimal(value.scale === 0 ? digits : `${digits}e${-value.scale}`);
  return new ExactDecimal(digits).div(exactPowerOfTen(value.scale));
}

// 10^scale as decimals (immutable), made once per scale: money is converted once per figure, at a few scales.
const exactPowersOfTen: ExactDecimal[] = [];

function exactPowerOfTen(scale: number): ExactDecimal {
  let power = exactPowersOfTen[scale];
  if (power === undefined) {
    power = new ExactDecimal(10).pow(scale);
    if (Number.isSafeInteger(scale) && scale >= 0 && scale <= 64) exactPowersOfTen[scale] = power;
  }
  return power;
}

/**
 * numerator ÷ denominator as a decimal of 60 significant digits.
 *
 * @example
 * fractionToExact(1n, 8n).toString() //=> '0.125'
 * @throws never
 */
export function fractionToExact(numerator: bigint, denominator: bigint): ExactDecimal {
  // The same rounding as decimal.js's division, in integers: a 60-digit division of decimal.js takes
  // 10–20 µs, and far longer before it is compiled (the forecasts divide a few hundred times per report).
  if (denominator === 0n || numerator === 0n) return new ExactDecimal(numerator.toString()).div(denominator.toString());
  return new ExactDecimal(quotientText(numerator, denominator));
}

/** Largest power-of-ten gap between two decimals {@link exactDivide} divides in integers (far beyond money's). */
const INTEGER_DIVISION_EXPONENTS = 400;

/**
 * `dividend.div(divisor)` (60 significant digits, half away from zero),
 * computed on the decimals' integer digits: the same decimal, several times
 * faster than decimal.js's long division. Zero, non-finite values and
 * extreme exponents go through decimal.js.
 *
 * @example
 * exactDivide(new ExactDecimal(31), new ExactDecimal('39.5')).toString() //=> '0.784810126582278481012658227848101265822784810126582278481013'
 * @throws never
 */
export function exactDivide(dividend: ExactDecimal, divisor: ExactDecimal): ExactDecimal {
  const a = integerDigits(dividend);
  const b = integerDigits(divisor);
  if (a === null || b === null || a.units === 0n || b.units === 0n || Math.abs(a.exponent - b.exponent) > INTEGER_DIVISION_EXPONENTS) {
    return dividend.div(divisor);
  }
  return new ExactDecimal(quotientText(a.units, b.units, a.exponent - b.exponent));
}

/** A finite decimal as units × 10^exponent, from its own digits (decimal.js keeps 7 per word); `null` when not finite. */
function integerDigits(value: ExactDecimal): { units: bigint; exponent: number } | null {
  const words = value.d;
  // decimal.js leaves d null for NaN and ±Infinity (its typings say number[]).
  if ((words as number[] | null) === null || !value.isFinite()) return null;
  let digits = '';
  for (let w = 0; w < words.length; w++) {
    const word = String(words[w] ?? 0);
    digits += w === 0 ? word : word.padStart(7, '0');
  }
  const units = BigInt(digits);
  return { units: value.s < 0 ? -units : units, exponent: value.e - (digits.length - 1) };
}

/**
 * The exact sum of scaled decimals: integer addition at the largest scale,
 * one decimal conversion at the end.
 *
 * @example
 * sumScaled([{ units: 1n, scale: 1 }, { units: 25n, scale: 2 }]).toString() //=> '0.35'
 * @throws never
 */
export function sumScaled(values: readonly ScaledDecimal[]): ExactDecimal {
  let scale = 0;
  for (const value of values) if (value.scale > scale) scale = value.scale;
  // Units in a double while the running sum stays an exact integer (below 2^53), the rest in BigInt:
  // a BigInt addition allocates, and deal amounts run to hundreds of thousands.
  let small = 0;
  let units = 0n;
  for (const value of values) {
    const shifted = value.scale === scale ? value.units : value.units * powerOfTen(scale - value.scale);
    if (shifted < SMALL_UNITS && shifted > -SMALL_UNITS) {
      const sum = small + Number(shifted);
      if (sum < 2 ** 53 && sum > -(2 ** 53)) {
        small = sum;
        continue;
      }
    }
    units += shifted;
  }
  return scaledToExact({ units: units + BigInt(small), scale });
}

/** Below 2^52: a double holds it, and the sum of two such stays below 2^53. */
const SMALL_UNITS = 2n ** 52n;
const POWERS_OF_TEN: bigint[] = [];

function powerOfTen(exponent: number): bigint {
  return (POWERS_OF_TEN[exponent] ??= 10n ** BigInt(exponent));
}

/**
 * The value unchanged when its type can hold a decimal (NaN and infinities
 * pass, for the caller's own finiteness message); a TypeError naming the
 * caller and the argument otherwise.
 */
function checkedDecimalType<T extends ExactValue>(value: T, caller: string, what: string): T {
  if (typeof value === 'number' || typeof value === 'bigint' || Decimal.isDecimal(value)) return value;
  if (typeof value === 'string' && (isDecimalText(value) || SPECIAL_VALUE.test(value))) return value;
  throw new TypeError(`${caller}: the ${what} must be a decimal (a number, a decimal string, a Decimal or a BigInt), got ${describeValue(value)}`);
}

/** The values decimal.js reads that are not finite: ratio names them in its own RangeError. */
const SPECIAL_VALUE = /^(?:[+-]?Infinity|NaN)$/i;
