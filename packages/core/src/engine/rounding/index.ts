// Light (no decimal.js): integer rounding of exact fractions, shared by the
// exact engine (which re-exports it) and the display layer, so a chart kit can
// round exact numerators the same way the report does without the decimal type.

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Greatest common divisor of two integers (always ≥ 0).
 *
 * @example
 * gcd(12n, 18n) //=> 6n
 * @throws never
 */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  // Temporaries, not a swap through an array: that allocated an array per step.
  while (y !== 0n) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x;
}

/**
 * num ÷ den rounded half away from zero to `decimals` places, as the integer
 * count of 10^-decimals units (cents for 2): exact, the one rounding rule
 * every money figure goes through.
 *
 * @example
 * roundScaled(2255n, 1000n) //=> 226n (2.255 → 2.26)
 * roundScaled(-5n, 1000n) //=> -1n
 * @throws {RangeError} when den is 0 (`roundQuotient: division by zero`)
 */
export function roundScaled(num: bigint, den: bigint, decimals = 2): bigint {
  // Named after roundQuotient, the public function that reaches it (this one is the core's own).
  if (den === 0n) throw new RangeError('roundQuotient: division by zero');
  const negative = (num < 0n) !== (den < 0n);
  const n = (num < 0n ? -num : num) * 10n ** BigInt(decimals);
  const d = den < 0n ? -den : den;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/**
 * Rounds num ÷ den to `decimals` places, half away from zero, exactly, and
 * returns it as the nearest JSON number.
 *
 * @example
 * roundQuotient(2255n, 100n, 1) //=> 22.6 (22.55 rounds away from zero)
 * roundQuotient(-5n, 1000n) //=> -0.01
 * @throws {RangeError} when den is 0 (`roundQuotient: division by zero`)
 * @throws {TypeError} when an argument has the wrong structure (`roundQuotient: <argument> must be …`)
 */
export function roundQuotient(num: bigint, den: bigint, decimals = 2): number {
  if (typeof num !== 'bigint' || typeof den !== 'bigint') {
    throw new TypeError(`roundQuotient: num and den must be BigInts, got ${typeof num} and ${typeof den}`);
  }
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 20) throw new RangeError(`roundQuotient: decimals must be an integer from 0 to 20, got ${String(decimals)}`);
  const scaled = roundScaled(num, den, decimals);
  if (scaled === 0n) return 0;
  const negative = scaled < 0n;
  const rounded = negative ? -scaled : scaled;
  if (rounded <= MAX_SAFE) {
    // An exact integer over an exact power of ten: IEEE division rounds once.
    const quotient = Number(rounded) / 10 ** decimals;
    return negative ? -quotient : quotient;
  }
  // One rounding only: the exact decimal string, parsed once into the nearest
  // double. (Number(scaled) / 10^k rounds twice past 2^53.)
  const digits = rounded.toString().padStart(decimals + 1, '0');
  const point = digits.length - decimals;
  const text = decimals === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(negative ? `-${text}` : text);
}

/** Significant digits of a quotient: `ExactDecimal`'s precision, so both routes give the same number. */
const QUOTIENT_DIGITS = 60;
const QUOTIENT_LIMIT = 10n ** BigInt(QUOTIENT_DIGITS);

/**
 * An exact ratio of integers as a JSON number, or `null` when the
 * denominator is 0: the quotient rounded to 60 significant digits (half
 * away from zero, the decimal engine's precision), then read as the
 * nearest double. The one rounding rule of every rate: `ratio` brings
 * decimals here over a common power of ten; below 2^53 it is one IEEE
 * division.
 *
 * @example
 * integerRatio(1n, 3n) //=> 0.3333333333333333
 * integerRatio(10n ** 30n + 1n, 10n ** 30n) //=> 1
 * integerRatio(5n, 0n) //=> null
 * @throws never
 */
export function integerRatio(numerator: bigint, denominator: bigint): number | null {
  if (denominator === 0n) return null;
  if (numerator === 0n) return 0;
  if (numerator <= MAX_SAFE && numerator >= -MAX_SAFE && denominator <= MAX_SAFE && denominator >= -MAX_SAFE) {
    // Integers below 2^53 are exact doubles: IEEE division rounds their quotient correctly.
    return Number(numerator) / Number(denominator);
  }
  return Number(quotientText(numerator, denominator));
}

/**
 * numerator ÷ denominator × 10^exponent rounded to 60 significant digits
 * (half away from zero), as decimal text `[-]digits e exponent`: the decimal
 * engine's division, in integers. `integerRatio` reads it as a double,
 * `exactDivide` as an exact decimal.
 *
 * @example
 * quotientText(1n, 8n) //=> '125000000000000000000000000000000000000000000000000000000000e-60'
 * quotientText(1n, 8n, 2) //=> '125000000000000000000000000000000000000000000000000000000000e-58'
 * @throws {RangeError} when the denominator is 0
 */
export function quotientText(numerator: bigint, denominator: bigint, exponent = 0): string {
  if (denominator === 0n) throw new RangeError('quotientText: division by 0');
  if (numerator === 0n) return '0';
  const negative = (numerator < 0n) !== (denominator < 0n);
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  // n × 10^shift ÷ d has QUOTIENT_DIGITS digits before its point: the estimate from the digit counts is off by one at most.
  let shift = QUOTIENT_DIGITS - (n.toString().length - d.toString().length);
  for (;;) {
    const scaled = shift >= 0 ? n * 10n ** BigInt(shift) : n;
    const divisor = shift >= 0 ? d : d * 10n ** BigInt(-shift);
    let quotient = scaled / divisor;
    if (quotient >= QUOTIENT_LIMIT) shift -= 1;
    else if (quotient < QUOTIENT_LIMIT / 10n) shift += 1;
    else {
      if (2n * (scaled - quotient * divisor) >= divisor) quotient += 1n;
      return `${negative ? '-' : ''}${quotient}e${exponent - shift}`;
    }
  }
}
