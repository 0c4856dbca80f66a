import { sumScaled, type ExactDecimal, type ScaledDecimal } from '../../engine/exact/index.js';
import type { CostCategoriesOption } from '../../engine/options/index.js';
import type { ValidCost } from '../../engine/validate/index.js';

/**
 * Exact sum of cost lines, filtered by category, month range (indices, see
 * `parseMonth`) and owner. Every cost-based metric sums its spend with it.
 *
 * @example
 * costTotal(valid.costs, { categories: ['sales', 'marketing'], months: { from: 24288, to: 24290 } }).toString() //=> '15400'
 * @throws never
 */
export function costTotal(
  costs: readonly ValidCost[],
  options: CostCategoriesOption & { months?: { from: number; to: number }; owner?: string } = {},
): ExactDecimal {
  const { categories, months, owner } = options;
  const amounts: ScaledDecimal[] = [];
  for (const cost of costs) {
    if (categories && !categories.includes(cost.category)) continue;
    if (months && (cost.month < months.from || cost.month > months.to)) continue;
    if (owner !== undefined && cost.owner !== owner) continue;
    amounts.push(cost.amount);
  }
  // Summed as integers, converted once.
  return sumScaled(amounts);
}
