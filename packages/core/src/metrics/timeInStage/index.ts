import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';
import { inPeriod, type PeriodOption } from '../../engine/options/index.js';
import { checkedLead, passedStagesInto } from '../stageConversion/index.js';
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
 * @throws {TypeError} when an argument has the wrong structure (`timeInStage: <argument> must be …`)
 */
export function timeInStage(leads: readonly ValidLead[], options: PeriodOption = {}): StageDuration[] {
  arrayArgument(leads, 'timeInStage', 'leads');
  checkInput(options, 'timeInStage', { period: 'object?' }, 'options');
  const stages = LEAD_STAGES.slice(1).map((_, i) => ({ stage: itemAt(LEAD_STAGES, i, 'timeInStage'), leads: 0, totalMs: 0 }));
  // Entry j is stage j, left for stage j + 1; NaN is a stage not reached.
  const passed = new Float64Array(LEAD_STAGES.length);
  for (let i = 0; i < leads.length; i++) {
    passedStagesInto(checkedLead(itemAt(leads, i, 'timeInStage'), 'timeInStage', i), passed);
    for (let j = 0; j < stages.length; j++) {
      const enteredAt = passed[j] ?? NaN;
      const leftAt = passed[j + 1] ?? NaN;
      if (Number.isNaN(enteredAt) || Number.isNaN(leftAt) || !inPeriod(leftAt, options.period)) continue;
      const entry = itemAt(stages, j, 'timeInStage');
      entry.leads++;
      // Whole milliseconds: the sum stays an exact integer.
      entry.totalMs += leftAt - enteredAt;
    }
  }
  return stages.map(({ stage, leads: count, totalMs }) => ({
    stage,
    leads: count,
    averageDays: ratio(totalMs, count * MS_PER_DAY),
  }));
}
