import { checkInput } from '../../_lib/arguments/index.js';
import type { ExactDecimal } from '../../engine/exact/index.js';
import { OPERATING_CATEGORIES } from '../../engine/options/index.js';
import type { ValidCost } from '../../engine/validate/index.js';
import { costTotalOf } from '../costTotal/index.js';

/**
 * Gross burn: the operating costs of the months `from`..`to` (salaries,
 * tools, rent, taxes: the marketing, sales, service and operations
 * categories). Exceptional and financing costs are left out, as the seeds'
 * operating view does. Exact; round it at the edge with `toMoney`.
 *
 * @param costs validated cost lines
 * @param months month indexes (see `parseMonth`), inclusive
 * @example
 * toMoney(grossBurn(valid.costs, { from: parseMonth('2024-01')!, to: parseMonth('2024-03')! })) //=> 184000
 * @throws {TypeError} when `costs` is not an array of validated cost lines or `months` not `{ from, to }` (`grossBurn: costs[2] must be …`)
 */
export function grossBurn(costs: readonly ValidCost[], months: { from: number; to: number }): ExactDecimal {
  return costTotalOf(costs, { categories: OPERATING_CATEGORIES, months: checkInput(months, 'grossBurn', { from: 'number', to: 'number' }, 'months') }, 'grossBurn');
}
