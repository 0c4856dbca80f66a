import { checkInput } from '../../_lib/arguments/index.js';
import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * SaaS quick ratio: MRR gained ÷ MRR lost,
 * (new + expansion + reactivation) ÷ −(contraction + churn); above 4 is strong.
 *
 * @example
 * quickRatio({ new: 300, expansion: 100, reactivation: 0, contraction: -50, churn: -50 }) //=> 4
 * quickRatio({ new: 300, expansion: 0, reactivation: 0, contraction: 0, churn: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`quickRatio: input.<field> must be …`)
 */
export function quickRatio(input: {
  new: ExactValue;
  expansion: ExactValue;
  reactivation: ExactValue;
  contraction: ExactValue;
  churn: ExactValue;
}): number | null {
  checkInput(input, 'quickRatio', { new: 'decimal', expansion: 'decimal', reactivation: 'decimal', contraction: 'decimal', churn: 'decimal' });
  const gains = toExact(input.new).plus(toExact(input.expansion)).plus(toExact(input.reactivation));
  const losses = toExact(input.contraction).plus(toExact(input.churn)).neg();
  return ratio(gains, losses);
}
