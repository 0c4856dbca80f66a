import { describe, expect, it } from 'vitest';
import { customerRetentionRate } from './index.js';

describe('customerRetentionRate', () => {
  it('is 1 − churned ÷ starting customers, exactly', () => {
    expect(customerRetentionRate({ churnedCustomers: 3, startingCustomers: 100 })).toBe(0.97);
    expect(customerRetentionRate({ churnedCustomers: 0, startingCustomers: 7 })).toBe(1);
  });

  it('is null without starting customers (zero denominator)', () => {
    expect(customerRetentionRate({ churnedCustomers: 0, startingCustomers: 0 })).toBeNull();
  });
});
