import { checkInput } from '../../_lib/arguments/index.js';
import { ratio, type ExactValue } from '../../engine/exact/index.js';

/**
 * CLV:CAC, how many times a customer's lifetime value covers what acquiring
 * them cost. The usual health line is 3 or more. `null` when either is
 * unknown or CAC is 0.
 *
 * @example
 * clvToCacRatio({ clv: 4500, cac: 1500 }) //=> 3
 * clvToCacRatio({ clv: 4500, cac: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`clvToCacRatio: input.<field> must be …`)
 */
export function clvToCacRatio(input: { clv: ExactValue | null; cac: ExactValue | null }): number | null {
  checkInput(input, 'clvToCacRatio', { clv: 'decimal | null', cac: 'decimal | null' });
  if (input.clv === null || input.cac === null) return null;
  return ratio(input.clv, input.cac);
}
