import { describe, expect, it } from 'vitest';
import { customerLifetimeValue } from './index.js';

describe('customerLifetimeValue', () => {
  it('is ARPA × gross margin ÷ churn', () => {
    expect(customerLifetimeValue({ arpa: 100, customerChurnRate: 0.02 })).toBe(5000);
    expect(customerLifetimeValue({ arpa: 100, customerChurnRate: '0.02' }, { grossMargin: '0.8' })).toBe(4000);
  });
  it('returns null when no customer churned (zero denominator)', () => {
    expect(customerLifetimeValue({ arpa: 100, customerChurnRate: 0 })).toBeNull();
  });
  it('returns null without customers (empty period)', () => {
    expect(customerLifetimeValue({ arpa: null, customerChurnRate: null })).toBeNull();
  });
  it('is negative with a negative margin (negative margins)', () => {
    expect(customerLifetimeValue({ arpa: 100, customerChurnRate: 0.05 }, { grossMargin: -0.1 })).toBe(-200);
  });
});
