import { checkInput } from '../../_lib/arguments/index.js';
import { toExact, toMoney, type ExactValue } from '../../engine/exact/index.js';

/**
 * Operating result of a month, the "close to EBITDA" view: MRR − operating
 * costs of the same month (salaries, tools, rent, taxes…; exceptional and
 * financing costs excluded). Negative when the month loses money.
 *
 * @example
 * operatingResult({ mrr: '52000', operatingCosts: '47500.50' }) //=> 4499.5
 * operatingResult({ mrr: 0, operatingCosts: '1000' }) //=> -1000
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`operatingResult: input.<field> must be …`)
 */
export function operatingResult(input: { mrr: ExactValue; operatingCosts: ExactValue }): number {
  checkInput(input, 'operatingResult', { mrr: 'decimal', operatingCosts: 'decimal' });
  return toMoney(toExact(input.mrr).minus(toExact(input.operatingCosts)));
}
