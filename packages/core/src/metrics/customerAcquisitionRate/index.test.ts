import { describe, expect, it } from 'vitest';
import { customerAcquisitionRate } from './index.js';

describe('customerAcquisitionRate', () => {
  it('is new ÷ starting customers', () => {
    expect(customerAcquisitionRate({ newCustomers: 5, startingCustomers: 100 })).toBe(0.05);
  });

  it('is null without starting customers (zero denominator)', () => {
    expect(customerAcquisitionRate({ newCustomers: 2, startingCustomers: 0 })).toBeNull();
  });
});
