import { ratio } from '../../engine/exact/index.js';

/**
 * Demo conversion of a rep: demos the rep gave ÷ leads assigned to the rep
 * in the same period. Compare reps to spread what works.
 *
 * @example
 * demoConversion({ demos: 12, leads: 40 }) //=> 0.3
 * demoConversion({ demos: 3, leads: 0 }) //=> null
 * @throws never
 */
export function demoConversion(input: { demos: number; leads: number }): number | null {
  return ratio(input.demos, input.leads);
}
