import { describe, expect, it } from 'vitest';
import { purchaseFrequencyLifetimeValue } from './index.js';

describe('purchaseFrequencyLifetimeValue', () => {
  it('multiplies frequency by average transaction value', () => {
    expect(purchaseFrequencyLifetimeValue({ averageTransactionValue: '40', purchaseFrequency: 10 })).toBe(400);
    expect(purchaseFrequencyLifetimeValue({ averageTransactionValue: '0.1', purchaseFrequency: '0.3' })).toBe(0.03);
  });
  it('returns null when there were no transactions (zero denominator upstream)', () => {
    expect(purchaseFrequencyLifetimeValue({ averageTransactionValue: null, purchaseFrequency: null })).toBeNull();
  });
});
