import { recordsArgument } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';
import type { FunnelStage, FunnelStageInput } from '../../types.js';

/**
 * Step and overall conversion of each funnel stage, in input order (top to
 * bottom). A step after a stage of 0 has no conversion (`null`).
 *
 * @example
 * funnelConversion([{ stage: 'Leads', count: 100 }, { stage: 'Customers', count: 5 }])
 * //=> [{ stage: 'Leads', count: 100, stepConversion: null, overallConversion: 1 },
 * //    { stage: 'Customers', count: 5, stepConversion: 0.05, overallConversion: 0.05 }]
 * @throws {TypeError} when `stages` is not an array of `{ stage, count }` (`funnelConversion: stages[1].count must be …`); {RangeError} when a count is negative
 */
export function funnelConversion(stages: readonly FunnelStageInput[]): FunnelStage[] {
  recordsArgument(stages, 'funnelConversion', 'stages', { stage: 'string', count: 'count' });
  const top = stages[0]?.count ?? 0;
  let previous: FunnelStageInput | undefined;
  return stages.map((step) => {
    const stepConversion = previous === undefined ? null : ratio(step.count, previous.count);
    previous = step;
    return { stage: step.stage, count: step.count, stepConversion, overallConversion: ratio(step.count, top) };
  });
}
