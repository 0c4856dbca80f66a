import { periodBounds } from '../../_lib/dealColumns/index.js';
import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';
import type { PeriodOption } from '../../engine/options/index.js';
import { checkedLead, passedStagesInto } from '../stageConversion/index.js';
import type { LeadStage } from '../../types.js';
import { LEAD_STAGES, type ValidLead } from '../../engine/validate/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';
import { itemAt } from '../../_lib/itemAt/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';

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
  const tallies = stageDurationTallies();
  const { start, end } = periodBounds(options.period);
  // Entry j is stage j, left for stage j + 1; NaN is a stage not reached.
  const passed = new Float64Array(LEAD_STAGES.length);
  for (let i = 0; i < leads.length; i++) {
    passedStagesInto(checkedLead(itemAt(leads, i, 'timeInStage'), 'timeInStage', i), passed);
    addStageDurations(passed, start, end, tallies);
  }
  return stageDurationsOf(tallies);
}

/** What {@link timeInStage} counts per stage but the last. */
export interface StageDurationTallies {
  /** Leads that left the stage in the period. */
  leads: Int32Array;
  /** The sum of their days in it, in whole milliseconds (an exact integer). */
  totalMs: Float64Array;
}

/**
 * Empty {@link StageDurationTallies}, for a pass over the leads that counts other figures too (the RevOps report).
 *
 * @example
 * stageDurationTallies().leads //=> Int32Array [0, 0, 0, 0]
 * @throws never
 */
export function stageDurationTallies(): StageDurationTallies {
  return new DurationTallies();
}

// A class with its shape kept (see keepShape): the pass over the leads reads it once per dataset, and an
// object literal's shape went with the last dataset's, and the pass's compiled code with it.
class DurationTallies implements StageDurationTallies {
  readonly leads = new Int32Array(LEAD_STAGES.length - 1);
  readonly totalMs = new Float64Array(LEAD_STAGES.length - 1);
}
keepShape(new DurationTallies());

/**
 * Counts one lead in {@link StageDurationTallies}: its passed stages (see `passedStagesInto`) and the
 * period's bounds (`start ≤ instant < end`; ±Infinity for the whole timeline).
 *
 * @example
 * addStageDurations(Float64Array.of(0, 86_400_000, NaN, NaN, NaN), 0, Infinity, tallies) // leads 1, 0, 0, 0; totalMs 86 400 000, 0, 0, 0
 * @throws never
 */
export function addStageDurations(passed: Float64Array, start: number, end: number, tallies: StageDurationTallies): void {
  const { leads, totalMs } = tallies;
  // NaN is a stage not reached: it fails the tests. Stages index their tallies by construction.
  for (let j = 0; j < leads.length; j++) {
    const enteredAt = passed[j] ?? NaN;
    const leftAt = passed[j + 1] ?? NaN;
    if (Number.isNaN(enteredAt) || !(leftAt >= start && leftAt < end)) continue;
    leads[j] = (leads[j] ?? 0) + 1;
    // Whole milliseconds: the sum stays an exact integer.
    totalMs[j] = (totalMs[j] ?? 0) + (leftAt - enteredAt);
  }
}

/**
 * The {@link timeInStage} durations of tallies counted with {@link addStageDurations}.
 *
 * @example
 * stageDurationsOf(tallies)[0] //=> { stage: 'lead', leads: 50, averageDays: 6.2 }
 * @throws never
 */
export function stageDurationsOf(tallies: StageDurationTallies): StageDuration[] {
  return LEAD_STAGES.slice(1).map((_, i) => {
    const count = tallies.leads[i] ?? 0;
    return { stage: itemAt(LEAD_STAGES, i, 'timeInStage'), leads: count, averageDays: ratio(tallies.totalMs[i] ?? 0, count * MS_PER_DAY) };
  });
}
