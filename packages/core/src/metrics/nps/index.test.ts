import { describe, expect, it } from 'vitest';
import { nps } from './index.js';

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
