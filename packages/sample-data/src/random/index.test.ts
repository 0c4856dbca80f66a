import { describe, expect, it } from 'vitest';
import { createRandom, geometric, integerBetween, logUniformInteger, mixSeed, pickUniform, pickWeighted } from './index.js';

const draw = (seed: number, n: number): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(42, 1000)).toEqual(draw(42, 1000));
  });

  it('gives different sequences for neighbouring seeds and seeds 2^32 apart', () => {
    expect(draw(1, 10)).not.toEqual(draw(2, 10));
    expect(draw(1, 10)).not.toEqual(draw(1 + 2 ** 32, 10));
    expect(mixSeed(-1)).not.toBe(mixSeed(1));
  });

  it('stays in [0, 1) with a mean near 1/2', () => {
    const values = draw(7, 100_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 2);
  });
});

describe('draw helpers', () => {
  it('integerBetween covers both ends and nothing outside', () => {
    const random = createRandom(3);
    const seen = new Set(Array.from({ length: 2000 }, () => integerBetween(random, 1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('logUniformInteger favours small values within bounds', () => {
    const random = createRandom(4);
    const values = Array.from({ length: 20_000 }, () => logUniformInteger(random, 1, 100));
    expect(Math.min(...values)).toBe(1);
    expect(Math.max(...values)).toBeLessThanOrEqual(100);
    const small = values.filter((v) => v <= 10).length / values.length;
    expect(small).toBeGreaterThan(0.45);
  });

  it('geometric has mean (1 − p) / p', () => {
    const random = createRandom(5);
    const values = Array.from({ length: 50_000 }, () => geometric(random, 0.2));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(3.8);
    expect(mean).toBeLessThan(4.2);
    expect(geometric(random, 1)).toBe(0);
  });

  it('pickWeighted follows the weights and rejects an empty list', () => {
    const random = createRandom(6);
    const picks = Array.from({ length: 10_000 }, () => pickWeighted(random, [['a', 3], ['b', 1]] as const));
    const shareA = picks.filter((p) => p === 'a').length / picks.length;
    expect(shareA).toBeGreaterThan(0.72);
    expect(shareA).toBeLessThan(0.78);
    expect(() => pickWeighted(random, [])).toThrow(RangeError);
  });

  it('pickUniform reaches every item and rejects an empty list', () => {
    const random = createRandom(8);
    const picks = new Set(Array.from({ length: 1_000 }, () => pickUniform(random, ['a', 'b', 'c'])));
    expect([...picks].sort()).toEqual(['a', 'b', 'c']);
    expect(() => pickUniform(random, [])).toThrow(new RangeError('pickUniform: no items'));
  });
});
