import { describe, expect, it } from 'vitest';
import { cacPaybackMonths } from './index.js';

describe('cacPaybackMonths', () => {
  it('divides CAC by the monthly margin of a new customer', () => {
    expect(cacPaybackMonths({ cac: 1200, monthlyRevenuePerCustomer: 100 })).toBe(12);
    expect(cacPaybackMonths({ cac: 1200, monthlyRevenuePerCustomer: 100 }, { grossMargin: '0.8' })).toBe(15);
  });
  it('returns null when new customers bring no revenue (zero denominator)', () => {
    expect(cacPaybackMonths({ cac: 1200, monthlyRevenuePerCustomer: 0 })).toBeNull();
  });
  it('returns null with a negative margin: it never pays back (negative margins)', () => {
    expect(cacPaybackMonths({ cac: 1200, monthlyRevenuePerCustomer: 100 }, { grossMargin: -0.2 })).toBeNull();
  });
  it('returns null when CAC is unknown (empty period without new customers)', () => {
    expect(cacPaybackMonths({ cac: null, monthlyRevenuePerCustomer: 100 })).toBeNull();
  });
});
