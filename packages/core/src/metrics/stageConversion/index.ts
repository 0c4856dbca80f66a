import { ratio } from '../../engine/exact/index.js';
import { inPeriod, type PeriodOption } from '../../engine/options/index.js';
import type { LeadStage } from '../../types.js';
import { LEAD_STAGES, type ValidLead } from '../../engine/validate/index.js';
import { itemAt } from '../../_lib/itemAt/index.js';

/** Conversion from one lead stage to the next. */
export interface StageStep {
  from: LeadStage;
  to: LeadStage;
  /** Leads that reached `from` in the period. */
  entered: number;
  /** Of those, leads that reached `to` (at any time). */
  converted: number;
  /** converted ÷ entered. */
  conversion: number | null;
}

/**
 * When a lead passed each stage: its own date, or, for a stage it skipped,
 * the date of the next stage it reached (it went through the skipped stage
 * on its way). `null` for stages it has not reached.
 *
 * @example
 * passedStages({ id: 'l', source: null, owner: null, reached: { lead: 1, mql: null, sql: 5, opportunity: null, customer: null } })
 * //=> { lead: 1, mql: 5, sql: 5, opportunity: null, customer: null }
 * @throws never
 */
export function passedStages(lead: ValidLead): Record<LeadStage, number | null> {
  const passed = { ...lead.reached } as Record<LeadStage, number | null>;
  let later: number | null = null;
  for (const stage of [...LEAD_STAGES].reverse()) {
    if (passed[stage] === null) passed[stage] = later;
    else later = passed[stage];
  }
  return passed;
}

/**
 * Stage-to-stage conversion from lead records (lead → MQL → SQL →
 * opportunity → customer): of the leads that reached a stage in the period,
 * the share that reached the next one. Counted from records, by cohort of
 * entry into the stage, so a conversion that happens after the period still
 * counts. A skipped stage counts as passed.
 *
 * @example
 * stageConversion(valid.leads, { period })[0] //=> { from: 'lead', to: 'mql', entered: 200, converted: 50, conversion: 0.25 }
 * @throws never
 */
export function stageConversion(leads: readonly ValidLead[], options: PeriodOption = {}): StageStep[] {
  const steps = LEAD_STAGES.slice(1).map((to, i) => ({ from: itemAt(LEAD_STAGES, i, 'stageConversion'), to, entered: 0, converted: 0 }));
  for (const lead of leads) {
    const passed = passedStages(lead);
    for (const step of steps) {
      const at = passed[step.from];
      if (at === null || !inPeriod(at, options.period)) continue;
      step.entered++;
      if (passed[step.to] !== null) step.converted++;
    }
  }
  return steps.map((step) => ({ ...step, conversion: ratio(step.converted, step.entered) }));
}
