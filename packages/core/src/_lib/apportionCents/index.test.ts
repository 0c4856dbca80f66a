import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionCents } from './index.js';

const sum = (values: readonly bigint[]): bigint => values.reduce((total, value) => total + value, 0n);
/** The exact cents of numerator ÷ denominator money, rounded down (BigInt division truncates toward zero). */
const floorCents = (numerator: bigint, denominator: bigint): bigint => {
  const scaled = numerator * 100n;
  const quotient = scaled / denominator;
  return scaled < 0n && quotient * denominator !== scaled ? quotient - 1n : quotient;
};

describe('apportionCents', () => {
  it('keeps whole cents as they are when the total is their sum', () => {
    expect(apportionCents([1234n, 0n, 56n, -78n, -9n], 100n, 1203n)).toEqual([1234n, 0n, 56n, -78n, -9n]);
    expect(apportionCents([12n, -3n], 1n, 900n)).toEqual([1200n, -300n]);
  });

  it('gives zeros for all-zero amounts and a zero total', () => {
    expect(apportionCents([0n, 0n, 0n, 0n, 0n], 7n, 0n)).toEqual([0n, 0n, 0n, 0n, 0n]);
  });

  it('hands the cents left to the largest fractional cents', () => {
    // 0.2, 0.7 and 0.5 cents (total 1.4): one cent left, to 0.7.
    expect(apportionCents([2n, 7n, 5n], 1000n, 1n)).toEqual([0n, 1n, 0n]);
    // Two cents left: 0.7, then 0.5.
    expect(apportionCents([2n, 7n, 5n], 1000n, 2n)).toEqual([0n, 1n, 1n]);
  });

  it('breaks ties in input order (MRR_MOVEMENTS order for a bridge)', () => {
    // A third of a euro three times, to one euro: the first gets the cent.
    expect(apportionCents([100n, 100n, 100n], 300n, 100n)).toEqual([34n, 33n, 33n]);
    expect(apportionCents([100n, 100n, 100n], 300n, 101n)).toEqual([34n, 34n, 33n]);
  });

  it('rounds negative amounts down, so their fractional cent is measured from below: −0.3 cents has 0.7', () => {
    // 1.5 cents and −0.3 cents to 1 cent: rounded down 1 and −1, one cent left, to −0.3 (0.7 beats 0.5).
    expect(apportionCents([15n, -3n], 1000n, 1n)).toEqual([1n, 0n]);
    // Losses stay ≤ 0 and gains ≥ 0.
    expect(apportionCents([4n, -4n], 1000n, 0n)).toEqual([0n, 0n]);
    expect(apportionCents([-125n, -250n], 1000n, -38n)).toEqual([-13n, -25n]);
  });

  it('hands out many cents at once: 1 000 amounts of 0.999 cents to 999 cents', () => {
    const amounts = Array.from({ length: 1000 }, () => 999n);
    const cents = apportionCents(amounts, 100_000n, 999n);
    expect(sum(cents)).toBe(999n);
    expect(cents.slice(0, 999).every((value) => value === 1n)).toBe(true);
    expect(cents[999]).toBe(0n);
  });

  it('stays exact at 2^51-scale amounts and beyond 2^53 cents', () => {
    const big = 2n ** 51n;
    // 2^51 + 1/3 euro and −2^51 − 1/3 euro (a denominator of 3), to a total of 0:
    // rounded down they miss a cent, which goes to the larger fractional cent (0.67 of the second).
    const cents = apportionCents([big * 3n + 1n, -(big * 3n) - 1n], 3n, 0n);
    expect(cents).toEqual([big * 100n + 33n, -(big * 100n) - 33n]);
    // 10^30 + 1 half-cents twice: a tie, so the first gets the cent.
    const huge = 10n ** 30n;
    expect(apportionCents([huge + 1n, huge + 1n], 200n, huge + 1n)).toEqual([huge / 2n + 1n, huge / 2n]);
  });

  it('refuses a total a cent or more away from the exact sum, and a denominator that is not positive', () => {
    expect(() => apportionCents([100n, 200n], 100n, 301n)).toThrow(/apportionCents: 301 cents is not within one cent/);
    expect(() => apportionCents([150n, 250n], 1000n, -1n)).toThrow(RangeError);
    expect(() => apportionCents([1n], 0n, 0n)).toThrow(/denominator must be positive/);
    expect(() => apportionCents([1n], -3n, 0n)).toThrow(RangeError);
  });

  it('adds up to the total, each within a cent of its exact amount and on its side of zero, for any reachable total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), { minLength: 1, maxLength: 8 }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.nat(),
        (amounts, denominator, pick) => {
          const floors = amounts.map((amount) => floorCents(amount, denominator));
          const fractional = amounts.filter((amount, i) => amount * 100n !== (floors[i] ?? 0n) * denominator).length;
          const total = sum(floors) + BigInt(pick % (fractional + 1));
          const cents = apportionCents(amounts, denominator, total);
          expect(sum(cents)).toBe(total);
          cents.forEach((value, i) => {
            const floor = floors[i] ?? 0n;
            expect(value === floor || value === floor + 1n).toBe(true);
            const exact = amounts[i] ?? 0n;
            // Whole when the amount is whole; never past zero.
            if (exact * 100n === floor * denominator) expect(value).toBe(floor);
            if (exact >= 0n) expect(value >= 0n).toBe(true);
            if (exact <= 0n) expect(value <= 0n).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
