import { describe, expect, it } from 'vitest';
import type { CohortRow } from '../../types.js';
import { cohortImmatureMonths } from './index.js';

const cohort = (month: string, months: number): Pick<CohortRow, 'cohort' | 'logoRetention'> => ({
  cohort: month as CohortRow['cohort'],
  logoRetention: Array.from({ length: months }, () => 1),
});

describe('cohortImmatureMonths', () => {
  const cohorts = [cohort('2026-01', 10), cohort('2026-06', 5), cohort('2026-10', 1)];

  it('gives each cohort the month k whose cell falls in the unfinished month', () => {
    expect(cohortImmatureMonths(cohorts, { unfinishedMonth: '2026-10' })).toEqual([9, 4, 0]);
  });

  it('gives null to a cohort with no cell in the unfinished month', () => {
    expect(cohortImmatureMonths(cohorts, { unfinishedMonth: '2026-05' })).toEqual([4, null, null]);
    expect(cohortImmatureMonths(cohorts, { unfinishedMonth: '2026-11' })).toEqual([null, null, null]);
  });

  it('marks nothing without an unfinished month', () => {
    expect(cohortImmatureMonths(cohorts)).toEqual([null, null, null]);
    expect(cohortImmatureMonths([], { unfinishedMonth: '2026-10' })).toEqual([]);
  });

  it('throws a RangeError naming itself for a month that is not YYYY-MM', () => {
    expect(() => cohortImmatureMonths(cohorts, { unfinishedMonth: '2026-13' as CohortRow['cohort'] })).toThrow(/cohortImmatureMonths: unfinishedMonth must be a month as YYYY-MM/);
    expect(() => cohortImmatureMonths([cohort('Oct', 1)], { unfinishedMonth: '2026-10' })).toThrow(/cohortImmatureMonths: cohort must be a month as YYYY-MM, got "Oct"/);
  });
});
