import { describe, expect, it } from 'vitest';
import { quickRatio } from './index.js';

describe('quickRatio', () => {
  it('divides MRR gained by MRR lost', () => {
    expect(quickRatio({ new: 300, expansion: 100, reactivation: 0, contraction: -50, churn: -50 })).toBe(4);
  });
  it('is 0 when nothing was gained but something lost', () => {
    expect(quickRatio({ new: 0, expansion: 0, reactivation: 0, contraction: 0, churn: -43.78 })).toBe(0);
  });
  it('returns null when no MRR was lost (zero denominator)', () => {
    expect(quickRatio({ new: 300, expansion: 0, reactivation: 0, contraction: 0, churn: 0 })).toBeNull();
  });
});
