import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csat, csatOfCounts } from './index.js';

describe('csat', () => {
  it('is the share of answers scoring 4 or 5', () => {
    expect(csat([5, 4, 3, 1])).toBe(0.5);
  });
  it('returns null without answers (zero denominator)', () => {
    expect(csat([])).toBeNull();
  });
});

describe('csatOfCounts', () => {
  it('gives csat of the answers the counts stand for', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { maxLength: 5 }), (answered) => {
        // Index 0 is below the csat scale (from 1): no answers there.
        const counts = [0, ...answered];
        const scores = counts.flatMap((count, score) => Array.from({ length: count }, () => score));
        expect(csatOfCounts(counts)).toBe(csat(scores));
      }),
    );
    expect(csatOfCounts([])).toBeNull();
  });
});
