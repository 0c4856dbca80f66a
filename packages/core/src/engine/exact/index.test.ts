import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactDecimal, exactDivide, fractionToExact, gcd, parseDecimal, ratio, roundQuotient, scaledToExact, sumScaled, toExact, toMoney } from './index.js';
import { netRevenueRetention } from '../../metrics/netRevenueRetention/index.js';

describe('parseDecimal', () => {
  it('reads strings exactly and numbers through their shortest text', () => {
    expect(parseDecimal('49.90')).toEqual({ units: 499n, scale: 1 });
    expect(parseDecimal(1.085)).toEqual({ units: 1085n, scale: 3 });
    expect(parseDecimal('1e3')).toEqual({ units: 1000n, scale: 0 });
    expect(parseDecimal(1e-7)).toEqual({ units: 1n, scale: 7 });
    expect(parseDecimal('-0.50')).toEqual({ units: -5n, scale: 1 });
    expect(parseDecimal('.5')).toEqual({ units: 5n, scale: 1 });
  });
  it('says why a value is not a decimal', () => {
    expect(parseDecimal('12,5')).toMatch(/decimal number/);
    expect(parseDecimal(Number.NaN)).toMatch(/finite/);
    expect(parseDecimal(null)).toMatch(/got null/);
    expect(parseDecimal('')).toMatch(/decimal number/);
  });
});

describe('roundQuotient', () => {
  it('rounds half away from zero exactly', () => {
    expect(roundQuotient(4509n, 200n)).toBe(22.55);
    expect(roundQuotient(1n, 200n)).toBe(0.01);
    expect(roundQuotient(-1n, 200n)).toBe(-0.01);
    expect(roundQuotient(1n, 3n)).toBe(0.33);
    expect(roundQuotient(-1n, 1000n)).toBe(0);
  });
  it('throws on a zero denominator', () => {
    expect(() => roundQuotient(1n, 0n)).toThrow(RangeError);
  });

  it('rounds once past 2^53 cents: the nearest double of the exact decimal', () => {
    // Number(12345678901234567900n) / 100 rounds twice and gives …660.
    expect(roundQuotient(12345678901234567900n, 100n)).toBe(Number('123456789012345679.00'));
    expect(String(roundQuotient(12345678901234567900n, 100n))).toBe('123456789012345680');
    expect(roundQuotient(-12345678901234567900n, 100n)).toBe(-123456789012345680);
    expect(roundQuotient(2n ** 60n + 1n, 1n, 0)).toBe(Number('1152921504606846977'));
    expect(roundQuotient(5n, 1000n)).toBe(0.01);
  });
});

describe('ratio', () => {
  it('divides exactly', () => {
    expect(ratio('0.3', '0.1')).toBe(3);
    expect(ratio(10n, 4n)).toBe(2.5);
  });
  it('returns null when the denominator is zero (zero denominator)', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(0, '0.00')).toBeNull();
  });
  it('never returns negative zero', () => {
    expect(Object.is(ratio(0, -5), 0)).toBe(true);
    expect(Object.is(ratio('0.00', '-0.5'), 0)).toBe(true);
  });
  it('rounds decimals by the one 60-digit rule: the exact quotient to 60 digits, half away from zero, then the nearest double', () => {
    // Decimals of any scale, signs and sizes against the decimal engine's own division at 60 digits.
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 30 }))
      .map(([units, scale]) => new ExactDecimal(units.toString()).div(new ExactDecimal(10).pow(scale)));
    fc.assert(
      fc.property(decimal, decimal, (numerator, denominator) => {
        const expected = denominator.isZero() ? null : numerator.div(denominator).toNumber();
        expect(ratio(numerator, denominator)).toBe(expected === 0 ? 0 : expected);
        expect(ratio(numerator.toString(), denominator.toString())).toBe(expected === 0 ? 0 : expected);
      }),
      { numRuns: 2000 },
    );
    expect(ratio('1e-45', '3')).toBe(new ExactDecimal('1e-45').div(3).toNumber());
  });
  it('refuses a value that is not finite, naming it', () => {
    expect(() => ratio(new ExactDecimal(NaN), 2)).toThrow('ratio: the numerator must be finite, got NaN');
    expect(() => ratio(1, new ExactDecimal(Infinity))).toThrow('ratio: the denominator must be finite, got Infinity');
  });
});

describe('exactDivide and fractionToExact', () => {
  it('give the quotient of the decimal engine at 60 digits, digit for digit', () => {
    // Up to 70 digits (past the precision), signs, scales both ways, and exact halves at the 61st digit.
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 70n), max: 10n ** 70n }), fc.integer({ min: -40, max: 40 }))
      .map(([units, exponent]) => new ExactDecimal(`${units}e${exponent}`));
    fc.assert(
      fc.property(decimal, decimal, (dividend, divisor) => {
        expect(exactDivide(dividend, divisor).toString()).toBe(dividend.div(divisor).toString());
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 70n), max: 10n ** 70n }), fc.bigInt({ min: 1n, max: 10n ** 70n }), (numerator, denominator) => {
        expect(fractionToExact(numerator, denominator).toString()).toBe(new ExactDecimal(numerator.toString()).div(denominator.toString()).toString());
      }),
      { numRuns: 2000 },
    );
    const halfway = new ExactDecimal(`${'1'.repeat(60)}5`);
    expect(exactDivide(halfway, new ExactDecimal(-10)).toString()).toBe(halfway.div(-10).toString());
    expect(exactDivide(new ExactDecimal(31), new ExactDecimal('39.5')).toString()).toBe('0.784810126582278481012658227848101265822784810126582278481013');
  });
  it('leave zero and values that are not finite to the decimal engine', () => {
    expect(exactDivide(new ExactDecimal(1), new ExactDecimal(0)).toString()).toBe('Infinity');
    expect(exactDivide(new ExactDecimal(0), new ExactDecimal(-3)).toString()).toBe('0');
    expect(exactDivide(new ExactDecimal(NaN), new ExactDecimal(2)).isNaN()).toBe(true);
  });
});

describe('toMoney and gcd', () => {
  it('rounds money to cents half away from zero', () => {
    expect(toMoney(new ExactDecimal('2.675'))).toBe(2.68);
    expect(toMoney(new ExactDecimal('-2.675'))).toBe(-2.68);
  });
  it('finds the greatest common divisor', () => {
    expect(gcd(12n, -18n)).toBe(6n);
    expect(gcd(0n, 7n)).toBe(7n);
  });
});

describe('sumScaled', () => {
  it('adds decimals of different scales exactly', () => {
    expect(sumScaled([{ units: 1n, scale: 1 }, { units: 25n, scale: 2 }, { units: 3n, scale: 0 }]).toString()).toBe('3.35');
  });
  it('is 0 for no values', () => {
    expect(sumScaled([]).toString()).toBe('0');
  });
  it('stays exact where a sum of doubles would round: around 2^53, and past it, in both signs', () => {
    const near = 2n ** 52n - 1n;
    const values = [near, near, near, 3n, -(2n ** 60n), 2n ** 60n + 1n, -near].map((units) => ({ units, scale: 0 }));
    expect(sumScaled(values).toString()).toBe((2n * near + 4n).toString());
    expect(sumScaled([{ units: 2n ** 53n + 1n, scale: 2 }, { units: 1n, scale: 0 }]).toString()).toBe('90071992547410.93');
  });
});

describe('ratio on large integers', () => {
  it('takes the exact decimal route above 2^53 and agrees with it below', () => {
    expect(ratio(2n ** 60n + 1n, 2n ** 60n)).toBe(1);
    expect(ratio(10n ** 30n, 3n * 10n ** 29n)).toBeCloseTo(10 / 3, 14);
    expect(ratio(1n, 3n)).toBe(ratio('1', '3'));
  });
});

describe('scaledToExact', () => {
  it('is the units divided by 10^scale at the decimal precision, short or long', () => {
    const divided = (units: bigint, scale: number) => new ExactDecimal(units.toString()).div(new ExactDecimal(10).pow(scale));
    const cases: [bigint, number][] = [[4990n, 2], [-5n, 1], [0n, 3], [123n, 0], [10n ** 59n + 7n, 4], [-(10n ** 70n) - 3n, 5], [10n ** 75n + 1n, 30]];
    for (const [units, scale] of cases) {
      const exact = scaledToExact({ units, scale });
      expect(exact.equals(divided(units, scale))).toBe(true);
      expect(exact.toString()).toBe(divided(units, scale).toString());
    }
    expect(scaledToExact({ units: 4990n, scale: 2 }).toString()).toBe('49.9');
  });
});

describe('toExact', () => {
  it('reads numbers, decimal strings, decimals and BigInts exactly', () => {
    expect(toExact('0.1').plus(toExact(0.2)).toString()).toBe('0.3');
    expect(toExact(12n).plus('0.5').toString()).toBe('12.5');
    expect(toExact(new ExactDecimal('2.5')).times(2).toString()).toBe('5');
  });

  it('refuses what is not a decimal with a TypeError naming itself, never decimal.js own error', () => {
    expect(() => toExact('12,5')).toThrow(new TypeError('toExact: expected a decimal (a number, a decimal string, a Decimal or a BigInt), got "12,5"'));
    expect(() => toExact(undefined as never)).toThrow(/^toExact: .*got nothing$/);
    // A metric checks its inputs first: the caller sees the metric and the field, never "[DecimalError] Invalid argument".
    expect(() => netRevenueRetention({ startingMrr: 'abc', expansion: 0, contraction: 0, churn: 0 })).toThrow(
      new TypeError('netRevenueRetention: input.startingMrr must be a decimal (a finite number, a decimal string, a Decimal or a BigInt), got "abc"'),
    );
  });
});
