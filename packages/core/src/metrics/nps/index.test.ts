import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nps, npsOfCounts } from './index.js';

describe('nps', () => {
  it('is promoters minus detractors over answers, from -100 to 100', () => {
    expect(nps([10, 9, 8, 3])).toBe(25);
    expect(nps([0, 6])).toBe(-100);
    expect(nps([7, 8])).toBe(0);
  });
  it('returns null without answers (zero denominator)', () => {
    expect(nps([])).toBeNull();
  });
});

describe('npsOfCounts', () => {
  it('gives nps of the answers the counts stand for', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { maxLength: 11 }), (counts) => {
        const scores = counts.flatMap((count, score) => Array.from({ length: count }, () => score));
        expect(npsOfCounts(counts)).toBe(nps(scores));
      }),
    );
    expect(npsOfCounts([])).toBeNull();
  });
});
