import type { MrrMovement } from '../../types.js';

/**
 * The MRR movements that add to MRR, in bridge order.
 *
 * @example
 * MRR_GAINS //=> ['new', 'expansion', 'reactivation']
 */
export const MRR_GAINS = ['new', 'expansion', 'reactivation'] as const satisfies readonly MrrMovement[];

/**
 * The MRR movements that take from MRR, in bridge order.
 *
 * @example
 * MRR_LOSSES //=> ['contraction', 'churn']
 */
export const MRR_LOSSES = ['contraction', 'churn'] as const satisfies readonly MrrMovement[];

/**
 * The five MRR movements of the contract, in bridge order (gains, then
 * losses): the one list the report, the bridge, the drill-down and the charts
 * iterate over.
 *
 * @example
 * MRR_MOVEMENTS //=> ['new', 'expansion', 'reactivation', 'contraction', 'churn']
 */
export const MRR_MOVEMENTS = [...MRR_GAINS, ...MRR_LOSSES] as const;

/**
 * Whether a value names one of the five MRR movements (for parsing user
 * input such as a CLI argument or a URL parameter).
 *
 * @example
 * isMrrMovement('churn') //=> true
 * isMrrMovement('mrr') //=> false
 * @throws never
 */
export function isMrrMovement(value: unknown): value is MrrMovement {
  return typeof value === 'string' && (MRR_MOVEMENTS as readonly string[]).includes(value);
}
