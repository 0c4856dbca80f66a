import { describe, expect, it } from 'vitest';
import { apportion, signupWeight } from './index.js';

describe('apportion', () => {
  it('always sums to the total', () => {
    expect(apportion(10, [1, 1, 2])).toEqual([3, 2, 5]);
    const parts = apportion(1_000_000, Array.from({ length: 61 }, (_, i) => 1 + (i % 7)));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1_000_000);
  });

  it('rejects weights that sum to zero', () => {
    expect(() => apportion(5, [])).toThrow(RangeError);
    expect(() => apportion(5, [0, 0])).toThrow(RangeError);
  });
});

describe('signupWeight', () => {
  it('is lower in summer and December than in January and October of the same year', () => {
    const year = 2024 * 12;
    const weight = (month: number): number => signupWeight(year + month, month);
    expect(weight(7)).toBeLessThan(weight(0));
    expect(weight(11)).toBeLessThan(weight(9));
  });
});
