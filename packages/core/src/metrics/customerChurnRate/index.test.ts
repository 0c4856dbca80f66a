import { describe, expect, it } from 'vitest';
import { customerChurnRate } from './index.js';

describe('customerChurnRate', () => {
  it('divides churned customers by the customers at the start', () => {
    expect(customerChurnRate({ churnedCustomers: 3, startingCustomers: 100 })).toBe(0.03);
    expect(customerChurnRate({ churnedCustomers: 1, startingCustomers: 3 })).toBeCloseTo(1 / 3, 15);
  });
  it('returns null when there were no customers at the start (zero denominator)', () => {
    expect(customerChurnRate({ churnedCustomers: 0, startingCustomers: 0 })).toBeNull();
  });
});
