import { describe, expect, it } from 'vitest';
import { costPerLead } from './index.js';

describe('costPerLead', () => {
  it('divides marketing spend by leads', () => {
    expect(costPerLead({ marketingSpend: '3000', leads: 120 })).toBe(25);
    expect(costPerLead({ marketingSpend: '10', leads: 3 })).toBe(3.33);
  });
  it('returns null when no lead was created (zero denominator)', () => {
    expect(costPerLead({ marketingSpend: '3000', leads: 0 })).toBeNull();
  });
  it('is the whole spend for a single lead', () => {
    expect(costPerLead({ marketingSpend: '99.99', leads: 1 })).toBe(99.99);
  });
});
