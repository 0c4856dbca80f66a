import { checkInput } from '../../_lib/arguments/index.js';
import { ExactDecimal, ratio, toExact, type ExactValue } from '../../engine/exact/index.js';
import type { GrossMarginOption } from '../../engine/options/index.js';

/**
 * CAC payback in months: CAC ÷ (monthly revenue per new customer × gross
 * margin), the months of margin it takes to earn back what acquiring a
 * customer cost. The usual revenue figure is new MRR ÷ new customers (ARPA
 * of the new customers); gross margin is an option (default 1). `null` when
 * CAC is unknown or the monthly margin is zero or negative (it never pays back).
 *
 * @example
 * cacPaybackMonths({ cac: 1200, monthlyRevenuePerCustomer: 100 }, { grossMargin: 0.8 }) //=> 15
 * cacPaybackMonths({ cac: 1200, monthlyRevenuePerCustomer: 100 }, { grossMargin: -0.1 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`cacPaybackMonths: input.<field> must be …`)
 */
export function cacPaybackMonths(
  input: { cac: ExactValue | null; monthlyRevenuePerCustomer: ExactValue | null },
  options: GrossMarginOption = {},
): number | null {
  checkInput(input, 'cacPaybackMonths', { cac: 'decimal | null', monthlyRevenuePerCustomer: 'decimal | null' });
  checkInput(options, 'cacPaybackMonths', { grossMargin: 'decimal?' }, 'options');
  if (input.cac === null || input.monthlyRevenuePerCustomer === null) return null;
  const monthlyMargin = toExact(input.monthlyRevenuePerCustomer).times(toExact(options.grossMargin ?? 1));
  if (monthlyMargin.lte(new ExactDecimal(0))) return null;
  return ratio(input.cac, monthlyMargin);
}
