import { checkedDecimal } from '../../_lib/arguments/index.js';
import { exactDivide, toExact, toMoney, type ExactValue } from '../exact/index.js';

/**
 * numerator ÷ denominator as money (rounded to cents from the exact
 * quotient), or `null` when the denominator is zero: `ratio`'s guard for
 * figures that are amounts per something (CAC, cost per lead).
 *
 * @example
 * moneyRatio('1000', 3) //=> 333.33
 * moneyRatio('1000', 0) //=> null
 * @throws {TypeError} when a value is not a finite decimal (`moneyRatio: numerator must be …`)
 */
export function moneyRatio(numerator: ExactValue, denominator: ExactValue): number | null {
  const den = toExact(checkedDecimal(denominator, 'moneyRatio', 'denominator'));
  const num = toExact(checkedDecimal(numerator, 'moneyRatio', 'numerator'));
  if (den.isZero()) return null;
  return toMoney(exactDivide(num, den));
}
