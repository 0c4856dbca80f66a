import { describe, expect, it } from 'vitest';
import { historicalCustomerLifetimeValue } from './index.js';

describe('historicalCustomerLifetimeValue', () => {
  it('is revenue minus acquisition and service costs, per customer', () => {
    expect(
      historicalCustomerLifetimeValue({ lifetimeRevenue: '40000', acquisitionCosts: '10000', serviceCosts: '6000', customers: 60 }),
    ).toBe(400);
  });
  it('matches the 40 a month over ten months example for a single customer', () => {
    expect(historicalCustomerLifetimeValue({ lifetimeRevenue: 400, acquisitionCosts: 0, serviceCosts: 0, customers: 1 })).toBe(400);
  });
  it('returns null without customers (zero denominator)', () => {
    expect(historicalCustomerLifetimeValue({ lifetimeRevenue: 0, acquisitionCosts: 50, serviceCosts: 0, customers: 0 })).toBeNull();
  });
  it('is negative when costs exceed revenue (negative margins)', () => {
    expect(historicalCustomerLifetimeValue({ lifetimeRevenue: 100, acquisitionCosts: 250, serviceCosts: 50, customers: 2 })).toBe(-100);
  });
});
