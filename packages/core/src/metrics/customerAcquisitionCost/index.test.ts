import { describe, expect, it } from 'vitest';
import { customerAcquisitionCost } from './index.js';

describe('customerAcquisitionCost', () => {
  it('divides sales and marketing spend by new customers, exactly, to cents', () => {
    expect(customerAcquisitionCost({ salesAndMarketingSpend: '12000', newCustomers: 8 })).toBe(1500);
    expect(customerAcquisitionCost({ salesAndMarketingSpend: '100', newCustomers: 3 })).toBe(33.33);
  });
  it('returns null when there are no new customers (zero denominator)', () => {
    expect(customerAcquisitionCost({ salesAndMarketingSpend: '5000', newCustomers: 0 })).toBeNull();
  });
  it('is the whole spend for a single customer', () => {
    expect(customerAcquisitionCost({ salesAndMarketingSpend: '0.10', newCustomers: 1 })).toBe(0.1);
  });
  it('is zero in an empty period with new customers and no spend', () => {
    expect(customerAcquisitionCost({ salesAndMarketingSpend: 0, newCustomers: 4 })).toBe(0);
  });
});
