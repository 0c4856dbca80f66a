import { arrayArgument, checkInput, isScaledDecimal, recordArgument, wrongArgument } from '../../_lib/arguments/index.js';
import { sumScaled, type ExactDecimal, type ScaledDecimal } from '../../engine/exact/index.js';
import type { CostCategoriesOption } from '../../engine/options/index.js';
import type { ValidCost } from '../../engine/validate/index.js';

/**
 * Exact sum of cost lines, filtered by category, month range (indices, see
 * `parseMonth`) and owner. Every cost-based metric sums its spend with it.
 *
 * @example
 * costTotal(valid.costs, { categories: ['sales', 'marketing'], months: { from: 24288, to: 24290 } }).toString() //=> '15400'
 * @throws {TypeError} when `costs` is not an array of validated cost lines or an option has the wrong type (`costTotal: costs[2] must be …`)
 */
export function costTotal(
  costs: readonly ValidCost[],
  options: CostCategoriesOption & { months?: { from: number; to: number }; owner?: string } = {},
): ExactDecimal {
  return costTotalOf(costs, options, 'costTotal');
}

/**
 * {@link costTotal} for a caller named in its errors (`grossBurn` reads the costs through it).
 *
 * @example
 * costTotalOf(valid.costs, { months: { from: 24288, to: 24288 } }, 'grossBurn').toString() //=> '5200'
 * @throws {TypeError} see {@link costTotal}
 */
export function costTotalOf(
  costs: readonly ValidCost[],
  options: CostCategoriesOption & { months?: { from: number; to: number }; owner?: string },
  caller: string,
): ExactDecimal {
  arrayArgument(costs, caller, 'costs');
  checkInput(options, caller, { categories: 'array?', months: 'object?', owner: 'string?' }, 'options');
  if (options.months) checkInput(options.months, caller, { from: 'number', to: 'number' }, 'options.months');
  const { categories, months, owner } = options;
  const amounts: ScaledDecimal[] = [];
  const add = (cost: ValidCost): void => {
    if (categories && !categories.includes(cost.category)) return;
    if (owner !== undefined && cost.owner !== owner) return;
    amounts.push(cost.amount);
  };
  if (months) {
    // Only the lines of the months asked for: the RevOps report asks for each month of its range.
    const { firstMonth, byMonth } = costsByMonth(costs, caller);
    const last = Math.min(months.to - firstMonth, byMonth.length - 1);
    for (let month = Math.max(months.from - firstMonth, 0); month <= last; month++) for (const cost of byMonth[month] ?? []) add(cost);
  } else {
    costs.forEach((cost, index) => add(checkedCost(cost, caller, index)));
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

function costsByMonth(costs: readonly ValidCost[], caller: string): CostsByMonth {
  const kept = costsKept.get(costs);
  if (kept !== undefined && kept.count === costs.length) return kept;
  // Checked once per array: the index is kept, and the RevOps report reads it for every month and owner.
  costs.forEach((cost, index) => checkedCost(cost, caller, index));
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

/** A cost line as validateDataset makes it: its month, category and amount (units over a power of ten). */
function checkedCost(cost: ValidCost, caller: string, index: number): ValidCost {
  recordArgument(cost, caller, `costs[${index}]`);
  if (!Number.isSafeInteger(cost.month) || typeof cost.category !== 'string' || !isScaledDecimal(cost.amount)) {
    wrongArgument(caller, `costs[${index}]`, "a validated cost line (validateDataset's costs)", cost);
  }
  return cost;
}
