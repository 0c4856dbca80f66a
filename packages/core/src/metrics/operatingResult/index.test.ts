import { describe, expect, it } from 'vitest';
import { operatingResult } from './index.js';

describe('operatingResult', () => {
  it('subtracts operating costs from MRR exactly', () => {
    expect(operatingResult({ mrr: '52000', operatingCosts: '47500.50' })).toBe(4499.5);
    expect(operatingResult({ mrr: '0.3', operatingCosts: '0.1' })).toBe(0.2);
  });
  it('is negative when costs exceed MRR (negative margins)', () => {
    expect(operatingResult({ mrr: 0, operatingCosts: '1000' })).toBe(-1000);
  });
  it('is zero for an empty month', () => {
    expect(operatingResult({ mrr: 0, operatingCosts: 0 })).toBe(0);
  });
});
