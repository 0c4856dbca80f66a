import { describeValue } from '../../engine/errors/index.js';
import { arrayArgument, checkInput, recordArgument } from '../../_lib/arguments/index.js';
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
 * @throws {TypeError} when an argument has the wrong structure (`passedStages: <argument> must be …`)
 */
export function passedStages(lead: ValidLead): Record<LeadStage, number | null> {
  recordArgument(lead, 'passedStages', 'lead');
  recordArgument(lead.reached, 'passedStages', 'lead.reached');
  const passed = { ...lead.reached } as Record<LeadStage, number | null>;
  let later: number | null = null;
  for (const stage of STAGES_LAST_FIRST) {
    if (passed[stage] === null) passed[stage] = later;
    else later = passed[stage];
  }
  return passed;
}

/** The lead stages, last first: the order {@link passedStages} fills skipped stages in. */
const STAGES_LAST_FIRST = [...LEAD_STAGES].reverse();

/**
 * {@link passedStages} written into `into` by {@link LEAD_STAGES} index, NaN
 * for a stage not reached: no object per lead, for the metrics that walk
 * every lead (stage conversion, time in stage).
 *
 * @example
 * const passed = new Float64Array(LEAD_STAGES.length)
 * passedStagesInto({ id: 'l', source: null, owner: null, reached: { lead: 1, mql: null, sql: 5, opportunity: null, customer: null } }, passed)
 * passed //=> Float64Array [1, 5, 5, NaN, NaN]
 * @throws never
 */
export function passedStagesInto(lead: ValidLead, into: Float64Array): void {
  const { reached } = lead;
  // Named reads in LEAD_STAGES's order, last first: a read keyed by a stage name is a generic lookup per
  // stage and lead, and these walks run once per dataset, mostly before they are compiled.
  let later = reached.customer ?? NaN;
  into[4] = later;
  later = reached.opportunity ?? later;
  into[3] = later;
  later = reached.sql ?? later;
  into[2] = later;
  later = reached.mql ?? later;
  into[1] = later;
  into[0] = reached.lead ?? later;
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
 * @throws {TypeError} when an argument has the wrong structure (`stageConversion: <argument> must be …`)
 */
export function stageConversion(leads: readonly ValidLead[], options: PeriodOption = {}): StageStep[] {
  arrayArgument(leads, 'stageConversion', 'leads');
  checkInput(options, 'stageConversion', { period: 'object?' }, 'options');
  const steps = LEAD_STAGES.slice(1).map((to, i) => ({ from: itemAt(LEAD_STAGES, i, 'stageConversion'), to, entered: 0, converted: 0 }));
  // Step j goes from stage j to stage j + 1; NaN is a stage not reached.
  const passed = new Float64Array(LEAD_STAGES.length);
  for (let i = 0; i < leads.length; i++) {
    passedStagesInto(checkedLead(itemAt(leads, i, 'stageConversion'), 'stageConversion', i), passed);
    for (let j = 0; j < steps.length; j++) {
      const at = passed[j] ?? NaN;
      if (Number.isNaN(at) || !inPeriod(at, options.period)) continue;
      const step = itemAt(steps, j, 'stageConversion');
      step.entered++;
      if (!Number.isNaN(passed[j + 1] ?? NaN)) step.converted++;
    }
  }
  return steps.map((step) => ({ ...step, conversion: ratio(step.converted, step.entered) }));
}

/**
 * A lead as validateDataset makes it (the instants it reached each stage),
 * else a TypeError naming the caller and the row.
 *
 * @example
 * checkedLead(valid.leads[0], 'timeInStage', 0) // the lead
 * @throws {TypeError} when the lead has no `reached` stages
 */
export function checkedLead(lead: ValidLead, caller: string, index: number): ValidLead {
  if (typeof lead !== 'object' || lead === null || typeof lead.reached !== 'object' || lead.reached === null) {
    throw new TypeError(`${caller}: leads[${index}] must be a validated lead (validateDataset's leads), got ${describeValue(lead)}`);
  }
  return lead;
}
