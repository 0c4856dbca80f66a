import { describe, expect, it } from 'vitest';
import { knownAt } from '../knownAt/index.js';
import { surveyColumnsOf } from '../subscriptionColumns/index.js';
import { validateDataset } from '../validate/index.js';
import fc from 'fast-check';
import { SurveyColumnsBuilder, scoreTally, surveyColumns, surveysBefore } from './index.js';

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

  it('keep plain days as 2-byte offsets, and make the same instants on first read', () => {
    const columns = surveyColumns([
      { type: 'nps', score: 9, at: Date.UTC(2024, 0, 5) },
      { type: 'ces', score: 7, at: Date.UTC(1990, 1, 10) },
    ]);
    expect(columns.days).toBeInstanceOf(Uint16Array);
    expect([...columns.at]).toEqual([Date.UTC(2024, 0, 5), Date.UTC(1990, 1, 10)]);
    expect([columns.firstAt, columns.lastAt]).toEqual([Date.UTC(1990, 1, 10), Date.UTC(2024, 0, 5)]);
  });

  it('keep instants once a row has a time of day, or days too far apart for the offsets', () => {
    const withTime = surveyColumns([
      { type: 'nps', score: 9, at: Date.UTC(2024, 0, 5) },
      { type: 'csat', score: 2, at: Date.UTC(2024, 2, 1, 10) },
    ]);
    expect(withTime.days).toBeNull();
    expect([...withTime.at]).toEqual([Date.UTC(2024, 0, 5), Date.UTC(2024, 2, 1, 10)]);
    const farApart = surveyColumns([
      { type: 'nps', score: 9, at: Date.UTC(2024, 0, 5) },
      { type: 'nps', score: 3, at: Date.UTC(1800, 0, 5) },
      { type: 'nps', score: 4, at: Date.UTC(2200, 0, 5) },
    ]);
    expect(farApart.days).toBeNull();
    expect([...farApart.at]).toEqual([Date.UTC(2024, 0, 5), Date.UTC(1800, 0, 5), Date.UTC(2200, 0, 5)]);
  });

  it('count and cut the same responses whether kept as days or as instants', () => {
    const DAY = 86_400_000;
    const response = fc.record({ type: fc.integer({ min: 0, max: 2 }), score: fc.integer({ min: 0, max: 10 }), day: fc.integer({ min: 19_000, max: 19_400 }) });
    // A bound anywhere in the span, on a day boundary or inside a day.
    const bound = fc.integer({ min: 18_990 * DAY, max: 19_410 * DAY });
    fc.assert(
      fc.property(fc.array(response, { maxLength: 40 }), bound, bound, (rows, start, end) => {
        const asDays = new SurveyColumnsBuilder(rows.length);
        // The same rows kept as instants: a first row with a time of day switches the columns to instants.
        const asInstants = new SurveyColumnsBuilder(rows.length + 1);
        asInstants.push(0, 0, 1);
        for (const row of rows) {
          asDays.push(row.type, row.score, row.day * DAY);
          asInstants.push(row.type, row.score, row.day * DAY);
        }
        const days = asDays.build();
        const instants = asInstants.build();
        expect(days.days).not.toBeNull();
        expect(instants.days).toBeNull();
        // The extra row at instant 1 is before every bound, so it is never counted.
        expect([...scoreTally(days, start, end, 11)]).toEqual([...scoreTally(instants, start, end, 11)]);
        const cutDays = surveysBefore(days, end);
        const cutInstants = surveysBefore(instants, end);
        expect([...cutDays.score]).toEqual([...cutInstants.score].slice(1));
        expect([...cutDays.at]).toEqual([...cutInstants.at].slice(1));
      }),
    );
  });

  it('tally no score above the slots it is given', () => {
    const columns = surveyColumns([{ type: 'nps', score: 9, at: Date.UTC(2024, 0, 5) }]);
    expect(() => scoreTally(columns, 0, Infinity, 5)).toThrow('scoreTally: score 9 has no slot below 5');
  });
});
