import { periodBounds } from '../../_lib/dealColumns/index.js';
import { arrayArgument, checkInput, recordArgument, wrongArgument } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';
import type { PeriodOption } from '../../engine/options/index.js';
import type { LeadStage } from '../../types.js';
import { LEAD_STAGES, type ValidLead } from '../../engine/validate/index.js';
import { itemAt } from '../../_lib/itemAt/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';

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
  const tallies = stageStepTallies();
  const { start, end } = periodBounds(options.period);
  const passed = new Float64Array(LEAD_STAGES.length);
  for (let i = 0; i < leads.length; i++) {
    passedStagesInto(checkedLead(itemAt(leads, i, 'stageConversion'), 'stageConversion', i), passed);
    addStageSteps(passed, start, end, tallies);
  }
  return stageStepsOf(tallies);
}

/** What {@link stageConversion} counts per step (step j goes from stage j to stage j + 1). */
export interface StageStepTallies {
  /** Leads that reached the step's first stage in the period. */
  entered: Int32Array;
  /** Of those, leads that reached its second stage. */
  converted: Int32Array;
}

/**
 * Empty {@link StageStepTallies}, for a pass over the leads that counts other figures too (the RevOps report).
 *
 * @example
 * stageStepTallies().entered //=> Int32Array [0, 0, 0, 0]
 * @throws never
 */
export function stageStepTallies(): StageStepTallies {
  return new StepTallies();
}

// A class with its shape kept (see keepShape): the pass over the leads reads it once per dataset, and an
// object literal's shape went with the last dataset's, and the pass's compiled code with it.
class StepTallies implements StageStepTallies {
  readonly entered = new Int32Array(LEAD_STAGES.length - 1);
  readonly converted = new Int32Array(LEAD_STAGES.length - 1);
}
keepShape(new StepTallies());

/**
 * Counts one lead in {@link StageStepTallies}: its passed stages (see {@link passedStagesInto}) and the
 * period's bounds (`start ≤ instant < end`; ±Infinity for the whole timeline).
 *
 * @example
 * addStageSteps(Float64Array.of(1, 5, 5, NaN, NaN), 0, 10, tallies) // entered 1, 1, 1, 0; converted 1, 1, 0, 0
 * @throws never
 */
export function addStageSteps(passed: Float64Array, start: number, end: number, tallies: StageStepTallies): void {
  const { entered, converted } = tallies;
  // NaN is a stage not reached: it fails the period test. Steps index their tallies by construction.
  for (let j = 0; j < entered.length; j++) {
    const at = passed[j] ?? NaN;
    if (!(at >= start && at < end)) continue;
    entered[j] = (entered[j] ?? 0) + 1;
    if (!Number.isNaN(passed[j + 1] ?? NaN)) converted[j] = (converted[j] ?? 0) + 1;
  }
}

/**
 * The {@link stageConversion} steps of tallies counted with {@link addStageSteps}.
 *
 * @example
 * stageStepsOf(tallies)[0] //=> { from: 'lead', to: 'mql', entered: 200, converted: 50, conversion: 0.25 }
 * @throws never
 */
export function stageStepsOf(tallies: StageStepTallies): StageStep[] {
  return LEAD_STAGES.slice(1).map((to, i) => {
    const entered = tallies.entered[i] ?? 0;
    const converted = tallies.converted[i] ?? 0;
    return { from: itemAt(LEAD_STAGES, i, 'stageConversion'), to, entered, converted, conversion: ratio(converted, entered) };
  });
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
    wrongArgument(caller, `leads[${index}]`, "a validated lead (validateDataset's leads)", lead);
  }
  return lead;
}
