import { describe, expect, it } from 'vitest';
import { opportunityCost } from './index.js';

describe('opportunityCost', () => {
  it('divides sales and marketing spend by opportunities created', () => {
    expect(opportunityCost({ salesAndMarketingSpend: '20000', opportunities: 40 })).toBe(500);
  });
  it('returns null when no opportunity was created (zero denominator)', () => {
    expect(opportunityCost({ salesAndMarketingSpend: '20000', opportunities: 0 })).toBeNull();
  });
  it('is zero when nothing was spent (empty period)', () => {
    expect(opportunityCost({ salesAndMarketingSpend: 0, opportunities: 3 })).toBe(0);
  });
});
