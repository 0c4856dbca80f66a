import { describe, expect, it } from 'vitest';
import { exactStageWeightedForecast, stageWeightedForecast } from './index.js';

describe('stageWeightedForecast', () => {
  it('is the share of the weighted pipeline closing within the period: days ÷ cycle', () => {
    expect(stageWeightedForecast({ weightedPipeline: 2000, averageSalesCycleDays: 39, periodDays: 30 })).toBe(1538.46);
    expect(exactStageWeightedForecast({ weightedPipeline: 1000, averageSalesCycleDays: 60, periodDays: 30 })?.toString()).toBe('500');
  });
  it('never more than the weighted pipeline: a cycle shorter than the period closes all of it', () => {
    expect(stageWeightedForecast({ weightedPipeline: 2000, averageSalesCycleDays: 10, periodDays: 31 })).toBe(2000);
  });
  it('is null without a pipeline, without a cycle, or with a cycle of 0 days (never Infinity)', () => {
    expect(stageWeightedForecast({ weightedPipeline: null, averageSalesCycleDays: 10, periodDays: 31 })).toBeNull();
    expect(stageWeightedForecast({ weightedPipeline: 2000, averageSalesCycleDays: null, periodDays: 31 })).toBeNull();
    expect(stageWeightedForecast({ weightedPipeline: 2000, averageSalesCycleDays: 0, periodDays: 31 })).toBeNull();
  });
});
