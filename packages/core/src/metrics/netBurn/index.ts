import { checkInput } from '../../_lib/arguments/index.js';
import { toExact, type ExactDecimal, type ExactValue } from '../../engine/exact/index.js';

/**
 * Net burn: gross burn (operating costs) minus the recurring revenue of the
 * same months. Positive when the company spends more than it earns; negative
 * when it earns more (the operating result, with the sign turned). Exceptional
 * and financing costs are not in it, since gross burn leaves them out.
 *
 * @example
 * netBurn({ grossBurn: 120000, revenue: 90000 }).toNumber() //=> 30000
 * netBurn({ grossBurn: 80000, revenue: 90000 }).toNumber() //=> -10000
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`netBurn: input.<field> must be …`)
 */
export function netBurn(input: { grossBurn: ExactValue; revenue: ExactValue }): ExactDecimal {
  checkInput(input, 'netBurn', { grossBurn: 'decimal', revenue: 'decimal' });
  return toExact(input.grossBurn).minus(toExact(input.revenue));
}
