import type { SurveyType } from '@revkit/core';
import { pickWeighted, type Random } from '../random/index.js';

/** Mean days between two survey answers of one paying customer. */
export const SURVEY_MEAN_DAYS = 300;

const SURVEY_MIX: readonly (readonly [SurveyType, number])[] = [['csat', 45], ['nps', 35], ['ces', 20]];

/** Each survey's scale, as the contract defines it. */
export const SURVEY_RANGES: Readonly<Record<SurveyType, readonly [number, number]>> = {
  csat: [1, 5],
  nps: [0, 10],
  ces: [1, 7],
};

/**
 * Which survey a customer answers next: CSAT after support, NPS twice a year, CES after onboarding flows.
 *
 * @example
 * pickSurveyType(random) //=> 'csat'
 * @throws never
 */
export function pickSurveyType(random: Random): SurveyType {
  return pickWeighted(random, SURVEY_MIX);
}

/**
 * A score on the survey's scale that follows the customer's sentiment (0–1)
 * with noise, so happy customers promote and unhappy ones detract.
 *
 * @example
 * surveyScore(random, 'nps', 0.9) //=> 9
 * surveyScore(random, 'csat', 0.1) //=> 2
 * @throws never
 */
export function surveyScore(random: Random, type: SurveyType, sentiment: number): number {
  const [min, max] = SURVEY_RANGES[type];
  // Sentiment sets the centre in the upper 60 % of the scale; triangular noise spans ±25 % of it.
  const centre = min + (max - min) * (0.4 + 0.6 * sentiment);
  const noise = (random() + random() - 1) * 0.25 * (max - min);
  return Math.min(max, Math.max(min, Math.round(centre + noise)));
}

/**
 * Days until the next survey answer: exponential gaps, at least one day.
 *
 * @example
 * daysUntilSurvey(random) //=> 187
 * @throws never
 */
export function daysUntilSurvey(random: Random): number {
  return 1 + Math.floor(-Math.log(1 - random()) * SURVEY_MEAN_DAYS);
}
