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
  const add = (cost: ValidCost): void => {
    if (categories && !categories.includes(cost.category)) return;
    if (owner !== undefined && cost.owner !== owner) return;
    amounts.push(cost.amount);
  };
  if (months) {
    // Only the lines of the months asked for: the RevOps report asks for each month of its range.
    const { firstMonth, byMonth } = costsByMonth(costs);
    const last = Math.min(months.to - firstMonth, byMonth.length - 1);
    for (let month = Math.max(months.from - firstMonth, 0); month <= last; month++) for (const cost of byMonth[month] ?? []) add(cost);
  } else {
    for (const cost of costs) add(cost);
  }
  // Summed as integers, converted once (exact: the order of the lines does not matter).
  return sumScaled(amounts);
}

/** Cost lines by month from the first one, kept per costs array (validated data is read-only). */
interface CostsByMonth {
  count: number;
  firstMonth: number;
  /** The lines of each month (none: undefined). */
  byMonth: (ValidCost[] | undefined)[];
}

const costsKept = new WeakMap<readonly ValidCost[], CostsByMonth>();

function costsByMonth(costs: readonly ValidCost[]): CostsByMonth {
  const kept = costsKept.get(costs);
  if (kept !== undefined && kept.count === costs.length) return kept;
  let first = Infinity;
  let last = -Infinity;
  for (const cost of costs) {
    if (cost.month < first) first = cost.month;
    if (cost.month > last) last = cost.month;
  }
  const byMonth = new Array<ValidCost[] | undefined>(costs.length === 0 ? 0 : last - first + 1);
  for (const cost of costs) (byMonth[cost.month - first] ??= []).push(cost);
  const index = { count: costs.length, firstMonth: costs.length === 0 ? 0 : first, byMonth };
  costsKept.set(costs, index);
  return index;
}
