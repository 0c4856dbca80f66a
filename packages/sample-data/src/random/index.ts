/** A source of uniform random numbers in [0, 1), like `Math.random`. */
export type Random = () => number;

/**
 * Mixes a seed (any safe integer, also negative or above 2^32) into 32 bits
 * so that nearby seeds (1, 2, 3…) start far apart in the generator's cycle.
 *
 * @example
 * mixSeed(42) //=> a uint32, the same one on every run
 * @throws never
 */
export function mixSeed(seed: number): number {
  // Fold the high bits in: `seed >>> 0` alone would make 1 and 2^32 + 1 equal.
  const high = Math.floor(seed / 2 ** 32) | 0;
  let h = (seed | 0) ^ Math.imul(high, 0x9e3779b1);
  // murmur3's 32-bit finaliser: every input bit flips about half the output bits.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A seeded mulberry32 generator: tiny, fast, and good enough for sample
 * data. The same seed yields the same sequence on every engine.
 *
 * @example
 * const random = createRandom(42)
 * random() //=> 0.6011037519201636 (always, for seed 42)
 * @throws never
 */
export function createRandom(seed: number): Random {
  let state = mixSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A uniform integer in [min, max], both included.
 *
 * @example
 * integerBetween(random, 1, 6) //=> 4
 * @throws never
 */
export function integerBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * An integer in [min, max] drawn log-uniformly, so small values are common
 * and large ones rare: how seat counts spread in practice.
 *
 * @example
 * logUniformInteger(random, 1, 500) //=> 7
 * @throws never
 */
export function logUniformInteger(random: Random, min: number, max: number): number {
  const value = Math.floor(Math.exp(Math.log(min) + random() * (Math.log(max + 1) - Math.log(min))));
  return Math.min(max, Math.max(min, value));
}

/**
 * The number of failures before the first success of independent trials
 * that succeed with probability `p` (0 < p ≤ 1): how many months pass before
 * a monthly event with hazard `p` happens. One draw, not one per month.
 *
 * @example
 * geometric(random, 0.05) //=> 13
 * @throws never
 */
export function geometric(random: Random, p: number): number {
  if (p >= 1) return 0;
  // 1 − random() is in (0, 1], so the logarithm is finite.
  return Math.floor(Math.log(1 - random()) / Math.log(1 - p));
}

/**
 * Picks an item by weight. Weights need not sum to 1.
 *
 * @example
 * pickWeighted(random, [['month', 3], ['year', 1]]) //=> 'month' three times in four
 * @throws {RangeError} when the list is empty
 */
export function pickWeighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  // The last choice also takes what floating-point rounding leaves past the others.
  const last = choices[choices.length - 1];
  if (last === undefined) throw new RangeError('pickWeighted: no choices');
  let total = 0;
  for (const [, weight] of choices) total += weight;
  let target = random() * total;
  for (const [item, weight] of choices) {
    target -= weight;
    if (target < 0) return item;
  }
  return last[0];
}

/**
 * Picks an item uniformly.
 *
 * @example
 * pickUniform(random, ['emma', 'lucas', 'chloe']) //=> 'lucas' one time in three
 * @throws {RangeError} when the list is empty
 */
export function pickUniform<T>(random: Random, items: readonly T[]): T {
  const item = items[integerBetween(random, 0, items.length - 1)];
  if (item === undefined) throw new RangeError('pickUniform: no items');
  return item;
}
