import { describe, expect, it } from 'vitest';
import { createRandom } from '../random/index.js';
import { SURVEY_RANGES, surveyScore } from './index.js';

describe('surveyScore', () => {
  it('stays an integer on each scale and follows sentiment', () => {
    const random = createRandom(11);
    for (const type of ['csat', 'nps', 'ces'] as const) {
      const [min, max] = SURVEY_RANGES[type];
      const mean = (sentiment: number): number => {
        let sum = 0;
        for (let k = 0; k < 2000; k++) {
          const score = surveyScore(random, type, sentiment);
          expect(Number.isInteger(score) && score >= min && score <= max).toBe(true);
          sum += score;
        }
        return sum / 2000;
      };
      expect(mean(0.9)).toBeGreaterThan(mean(0.1));
    }
  });
});
