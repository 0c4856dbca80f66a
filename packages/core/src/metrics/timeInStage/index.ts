import { ratio } from '../../engine/exact/index.js';
import { inPeriod, type PeriodOption } from '../../engine/options/index.js';
import { passedStages } from '../stageConversion/index.js';
import type { LeadStage } from '../../types.js';
import { LEAD_STAGES, type ValidLead } from '../../engine/validate/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';
import { itemAt } from '../../_lib/itemAt/index.js';

/** How long leads stayed in one stage before moving on. */
export interface StageDuration {
  stage: LeadStage;
  /** Leads that left the stage (reached the next one) in the period. */
  leads: number;
  /** Mean days (fractional) between reaching the stage and reaching the next. */
  averageDays: number | null;
}

/**
 * Time in stage: for each stage but the last, the mean days leads spent in it
 * before reaching the next stage, over the leads that moved on in the period
 * (a skipped stage counts as 0 days). Leads still in a stage do not count.
 *
 * @example
 * timeInStage(valid.leads, { period })[0] //=> { stage: 'lead', leads: 50, averageDays: 6.2 }
 * @throws never
 */
export function timeInStage(leads: readonly ValidLead[], options: PeriodOption = {}): StageDuration[] {
  const stages = LEAD_STAGES.slice(1).map((next, i) => ({ stage: itemAt(LEAD_STAGES, i, 'timeInStage'), next, leads: 0, totalMs: 0 }));
  for (const lead of leads) {
    const passed = passedStages(lead);
    stages.forEach((entry) => {
      const enteredAt = passed[entry.stage];
      const leftAt = passed[entry.next];
      if (enteredAt === null || leftAt === null || !inPeriod(leftAt, options.period)) return;
      entry.leads++;
      // Whole milliseconds: the sum stays an exact integer.
      entry.totalMs += leftAt - enteredAt;
    });
  }
  return stages.map(({ stage, leads: count, totalMs }) => ({
    stage,
    leads: count,
    averageDays: ratio(totalMs, count * MS_PER_DAY),
  }));
}
