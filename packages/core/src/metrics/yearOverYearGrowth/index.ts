import { checkInput } from '../../_lib/arguments/index.js';
import { ratio, toExact, type ExactValue } from '../../engine/exact/index.js';

/**
 * Year-over-year growth of a figure (MRR, ARR): (value now − value twelve
 * months earlier) ÷ value twelve months earlier. ARR growth equals MRR growth
 * since ARR = 12 × MRR. `null` when the year-ago value is 0 or unknown.
 *
 * @example
 * yearOverYearGrowth({ current: 150, yearAgo: 100 }) //=> 0.5
 * yearOverYearGrowth({ current: 150, yearAgo: 0 }) //=> null
 * @throws {TypeError} when `input` is not an object or a field is not what it holds (`yearOverYearGrowth: input.<field> must be …`)
 */
export function yearOverYearGrowth(input: { current: ExactValue; yearAgo: ExactValue | null }): number | null {
  checkInput(input, 'yearOverYearGrowth', { current: 'decimal', yearAgo: 'decimal | null' });
  if (input.yearAgo === null) return null;
  const yearAgo = toExact(input.yearAgo);
  return ratio(toExact(input.current).minus(yearAgo), yearAgo);
}
