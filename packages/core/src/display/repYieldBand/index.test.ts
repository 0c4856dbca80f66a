import { describe, expect, it } from 'vitest';
import { getMetric } from '../../catalog/index.js';
import { REP_YIELD_LINE, repYieldBand } from './index.js';

describe('repYieldBand', () => {
  it('places a multiple against the seeds’ 2–3× line, both ends inside', () => {
    expect(repYieldBand(1.99)).toBe('below');
    expect(repYieldBand(2)).toBe('within');
    expect(repYieldBand(3)).toBe('within');
    expect(repYieldBand(3.01)).toBe('above');
    expect(repYieldBand(0)).toBe('below');
  });
  it('no multiple (zero cost or no costs): null, never a band', () => {
    expect(repYieldBand(null)).toBeNull();
    expect(repYieldBand(undefined)).toBeNull();
    expect(repYieldBand(Number.NaN)).toBeNull();
    expect(repYieldBand(Number.POSITIVE_INFINITY)).toBeNull();
  });
  it('is the catalog’s health line for the rep yield multiple', () => {
    expect(getMetric('repYieldMultiple').benchmark?.value).toBe(REP_YIELD_LINE.low);
  });
});
