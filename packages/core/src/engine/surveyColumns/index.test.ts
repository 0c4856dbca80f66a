import { describe, expect, it } from 'vitest';
import { knownAt } from '../knownAt/index.js';
import { surveyColumnsOf } from '../subscriptionColumns/index.js';
import { validateDataset } from '../validate/index.js';
import { surveyColumns, surveysBefore } from './index.js';

const valid = validateDataset({
  currency: 'EUR',
  surveys: [
    { type: 'nps', score: 9, at: '2024-01-05' },
    { type: 'csat', score: 2, at: '2024-03-01T10:00:00Z' },
    { type: 'ces', score: 7, at: '2024-02-10' },
  ],
});

describe('survey columns', () => {
  it('hold the validated responses, and make the same objects on first read', () => {
    const columns = surveyColumnsOf(valid);
    expect([columns.count, [...columns.type], [...columns.score]]).toEqual([3, [1, 0, 2], [9, 2, 7]]);
    expect(valid.surveys).toEqual([
      { type: 'nps', score: 9, at: Date.UTC(2024, 0, 5) },
      { type: 'csat', score: 2, at: Date.UTC(2024, 2, 1, 10) },
      { type: 'ces', score: 7, at: Date.UTC(2024, 1, 10) },
    ]);
    expect(valid.surveys).toBe(valid.surveys);
    expect(surveyColumns(valid.surveys)).toBe(columns);
  });

  it('are cut at an instant, sharing the columns when nothing is cut', () => {
    const columns = surveyColumnsOf(valid);
    expect(surveysBefore(columns, Date.UTC(2025, 0, 1))).toBe(columns);
    expect([...surveysBefore(columns, Date.UTC(2024, 2, 1)).score]).toEqual([9, 7]);
    expect(knownAt(valid, Date.UTC(2024, 2, 1)).surveys.map((survey) => survey.type)).toEqual(['nps', 'ces']);
  });

  it('follow a replaced surveys array', () => {
    const copy = validateDataset({ currency: 'EUR', surveys: [{ type: 'nps', score: 9, at: '2024-01-05' }] });
    copy.surveys = [{ type: 'csat', score: 5, at: Date.UTC(2024, 0, 1) }];
    expect([...surveyColumnsOf(copy).type]).toEqual([0]);
  });
});
