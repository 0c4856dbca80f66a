import { describe, expect, it } from 'vitest';
import { arpa } from './index.js';

describe('arpa', () => {
  it('divides MRR by paying customers and rounds to cents half away from zero', () => {
    expect(arpa({ mrr: '45.09', customers: 2 })).toBe(22.55);
    expect(arpa({ mrr: 1200, customers: 40 })).toBe(30);
  });
  it('returns null when there are no customers (zero denominator)', () => {
    expect(arpa({ mrr: 0, customers: 0 })).toBeNull();
  });
});
