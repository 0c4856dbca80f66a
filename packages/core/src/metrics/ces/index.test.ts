import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ces, cesOfCounts } from './index.js';

describe('ces', () => {
  it('is the mean effort score', () => {
    expect(ces([5, 2, 1, 2])).toBe(2.5);
  });
  it('returns null without answers (zero denominator)', () => {
    expect(ces([])).toBeNull();
  });
});

describe('ces convention', () => {
  it('the TSDoc and the catalog state one convention: higher is better on the "made it easy" wording', async () => {
    const { default: source } = await import('./index.ts?raw');
    const { getMetric } = await import('../../catalog/index.js');
    const tsdoc = source.slice(source.indexOf('/**'), source.indexOf('*/'));
    expect(tsdoc).toMatch(/made it easy/);
    expect(tsdoc).toMatch(/Higher is better/i);
    expect(tsdoc).not.toMatch(/lower effort is better/i);
    const entry = getMetric('ces');
    expect(entry.polarity).toBe('higher-is-better');
    expect(entry.formula.en).toMatch(/made it easy/);
    // The alternative wording is named under `conventions`, with how to convert it.
    expect(entry.conventions?.en).toMatch(/Higher is better/);
    expect(entry.conventions?.en).toMatch(/how much effort/i);
    expect(entry.conventions?.fr).toMatch(/combien d’effort/);
  });
});

describe('cesOfCounts', () => {
  it('gives ces of the answers the counts stand for', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { maxLength: 7 }), (answered) => {
        // Index 0 is below the ces scale (from 1): no answers there.
        const counts = [0, ...answered];
        const scores = counts.flatMap((count, score) => Array.from({ length: count }, () => score));
        expect(cesOfCounts(counts)).toBe(ces(scores));
      }),
    );
    expect(cesOfCounts([])).toBeNull();
  });
});
