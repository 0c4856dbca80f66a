import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../exact/index.js';
import { integerRatio, roundQuotient, roundScaled } from './index.js';

describe('integerRatio', () => {
  it('divides small integers as IEEE does, and gives null for a zero denominator', () => {
    expect(integerRatio(1n, 3n)).toBe(1 / 3);
    expect(integerRatio(-7n, 2n)).toBe(-3.5);
    expect(integerRatio(0n, -5n)).toBe(0);
    expect(integerRatio(5n, 0n)).toBeNull();
  });

  it('past 2^53: the decimal engine’s 60-digit quotient, read as a double', () => {
    expect(integerRatio(10n ** 30n + 1n, 10n ** 30n)).toBe(1);
    expect(integerRatio(2n ** 80n, 3n)).toBe(Number(new ExactDecimal(2).pow(80).div(3).toString()));
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 70n), max: 10n ** 70n }), fc.bigInt({ min: 1n, max: 10n ** 70n }), fc.boolean(), (n, d, negate) => {
        const denominator = negate ? -d : d;
        const decimal = new ExactDecimal(n.toString()).div(denominator.toString()).toNumber();
        expect(integerRatio(n, denominator)).toBe(decimal === 0 ? 0 : decimal);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('roundScaled and roundQuotient', () => {
  it('round half away from zero', () => {
    expect(roundScaled(2255n, 1000n)).toBe(226n);
    expect(roundQuotient(-5n, 1000n)).toBe(-0.01);
  });

  it('a zero denominator is a RangeError naming roundQuotient, the public one, as the error policy says', () => {
    expect(() => roundQuotient(1n, 0n)).toThrow(new RangeError('roundQuotient: division by zero'));
  });
});
