import { describe, expect, it } from 'vitest';
import { averageDealSize, exactMean } from './index.js';

describe('averageDealSize', () => {
  it('is the mean won amount rounded to cents, summed exactly', () => {
    expect(averageDealSize(['0.1', '0.2'])).toBe(0.15);
    expect(averageDealSize(['999.99', '1000.01'])).toBe(1000);
    expect(exactMean(['0.1', '0.2'])!.toString()).toBe('0.15');
  });
  it('returns null without won deals (zero denominator)', () => {
    expect(averageDealSize([])).toBeNull();
    expect(exactMean([])).toBeNull();
  });
});
