import { checkInput } from '../../_lib/arguments/index.js';
import { ratio } from '../../engine/exact/index.js';

/**
 * Demo conversion of a rep: demos the rep gave ÷ leads assigned to the rep
 * in the same period. Compare reps to spread what works.
 *
 * @example
 * demoConversion({ demos: 12, leads: 40 }) //=> 0.3
 * demoConversion({ demos: 3, leads: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`demoConversion: input.<field> must be …`); {RangeError} when a count is negative
 */
export function demoConversion(input: { demos: number; leads: number }): number | null {
  checkInput(input, 'demoConversion', { demos: 'count', leads: 'count' });
  return ratio(input.demos, input.leads);
}
