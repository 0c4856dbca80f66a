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
 * @throws {TypeError} when a value is not a decimal (`toExact: …`)
 */
export function netBurn(input: { grossBurn: ExactValue; revenue: ExactValue }): ExactDecimal {
  return toExact(input.grossBurn).minus(toExact(input.revenue));
}
