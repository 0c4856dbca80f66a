import { describe, expect, it } from 'vitest';
import { pipelineVelocity } from './index.js';

describe('pipelineVelocity', () => {
  it('is open deals × deal size × win rate ÷ cycle days, as money per day', () => {
    expect(pipelineVelocity({ openDeals: 4, averageDealSize: '999.99', winRate: 0.25, averageSalesCycleDays: 10 })).toBe(100);
  });
  it('returns null when the sales cycle is zero days (zero denominator)', () => {
    expect(pipelineVelocity({ openDeals: 4, averageDealSize: 100, winRate: 0.5, averageSalesCycleDays: 0 })).toBeNull();
  });
  it('returns null when a factor is missing', () => {
    expect(pipelineVelocity({ openDeals: 4, averageDealSize: null, winRate: 0.5, averageSalesCycleDays: 3 })).toBeNull();
    expect(pipelineVelocity({ openDeals: 4, averageDealSize: 10, winRate: null, averageSalesCycleDays: 3 })).toBeNull();
    expect(pipelineVelocity({ openDeals: 4, averageDealSize: 10, winRate: 0.5, averageSalesCycleDays: null })).toBeNull();
  });
  it('is 0 without open deals', () => {
    expect(pipelineVelocity({ openDeals: 0, averageDealSize: 10, winRate: 0.5, averageSalesCycleDays: 3 })).toBe(0);
  });
});
