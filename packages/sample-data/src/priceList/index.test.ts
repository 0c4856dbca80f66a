import { describe, expect, it } from 'vitest';
import { CYCLE_TERMS, priceOf, TIERS } from './index.js';

describe('priceOf', () => {
  it('derives cycle prices from the monthly list price', () => {
    expect(priceOf('team', 'monthly', 'EUR')).toEqual({ amount: '49.00', interval: 'month', intervalCount: 1 });
    expect(priceOf('team', 'annual', 'EUR')).toEqual({ amount: '488.04', interval: 'year', intervalCount: 1 });
    expect(priceOf('starter', 'quarterly', 'USD')).toEqual({ amount: '59.85', interval: 'quarter', intervalCount: 1 });
    expect(priceOf('business', 'semiannual', 'EUR')).toEqual({ amount: '436.08', interval: 'month', intervalCount: 6 });
  });

  it('returns the same object each time so subscriptions share strings', () => {
    expect(priceOf('enterprise', 'annual', 'USD')).toBe(priceOf('enterprise', 'annual', 'USD'));
  });

  it('makes longer commitments cheaper per month', () => {
    for (const tier of TIERS) {
      const perMonth = (cycle: keyof typeof CYCLE_TERMS): number =>
        Number(priceOf(tier, cycle, 'EUR').amount) / CYCLE_TERMS[cycle].months;
      expect(perMonth('annual')).toBeLessThan(perMonth('monthly'));
    }
  });
});
