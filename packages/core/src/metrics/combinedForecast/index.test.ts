import { describe, expect, it } from 'vitest';
import { combinedForecast, exactCombinedForecast } from './index.js';

describe('combinedForecast', () => {
  it('averages the three estimates', () => {
    expect(combinedForecast({ stageWeighted: 12000, trend: 10000, committed: 11000 })).toBe(11000);
  });
  it('weights estimates by the weights option', () => {
    expect(combinedForecast({ stageWeighted: 12000, trend: 10000 }, { weights: { stageWeighted: 3, trend: 1 } })).toBe(11500);
  });
  it('leaves out missing estimates', () => {
    expect(combinedForecast({ stageWeighted: null, trend: '0.3', committed: null })).toBe(0.3);
  });
  it('returns null without any estimate (zero denominator)', () => {
    expect(combinedForecast({ stageWeighted: null, trend: null })).toBeNull();
    expect(combinedForecast({ stageWeighted: 1, trend: 2 }, { weights: { stageWeighted: 0, trend: 0 } })).toBeNull();
  });
});

describe('exactCombinedForecast', () => {
  it('keeps the mean exact: half a cent is not rounded away', () => {
    expect(exactCombinedForecast({ stageWeighted: '0.01', trend: '0.02' })?.toString()).toBe('0.015');
    expect(combinedForecast({ stageWeighted: '0.01', trend: '0.02' })).toBe(0.02);
  });
  it('returns null without any estimate (zero denominator)', () => {
    expect(exactCombinedForecast({ stageWeighted: null, trend: null })).toBeNull();
  });
});
