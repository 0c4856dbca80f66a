import { arrayArgument } from '../_lib/arguments/index.js';
import { describeValue } from '../engine/errors/index.js';
import type { MetricDefinition } from './types.js';

/**
 * The entry of a metric among some catalog entries, typed by their ids. With
 * a team's entries from its subpath (`@revkit/core/catalog/finance`, `…/sales`,
 * `…/marketing`, `…/customer-success`) a page ships only that team's
 * definitions, not the whole catalog that {@link getMetric} holds.
 *
 * @example
 * import { findMetric } from '@revkit/core/display';
 * import { financeMetrics } from '@revkit/core/catalog/finance';
 * findMetric(financeMetrics, 'mrr').shortName?.en //=> 'MRR'
 * findMetric(financeMetrics, 'nrr') // does not compile: NRR is a customer-success entry
 * @throws {RangeError} when no entry has that id, from untyped JavaScript (`findMetric: unknown metric id "nrr"; known ids: …`)
 * @throws {TypeError} when an argument has the wrong structure (`findMetric: <argument> must be …`)
 */
export function findMetric<const Entries extends readonly MetricDefinition[], Id extends Entries[number]['id']>(
  entries: Entries,
  id: Id,
): MetricDefinition & { id: Id } {
  arrayArgument(entries, 'findMetric', 'entries');
  return metricEntry(entries, id, 'findMetric');
}

/**
 * The entry with that id, or a RangeError naming `caller` (the function the
 * user called: `findMetric` or `getMetric`) and the ids the entries hold.
 *
 * @example
 * metricEntry(financeMetrics, 'mrr', 'getMetric').id //=> 'mrr'
 * @throws {RangeError} when no entry has that id
 */
export function metricEntry<Id extends string>(entries: readonly MetricDefinition[], id: Id, caller: string): MetricDefinition & { id: Id } {
  for (const entry of entries) if (entry.id === id) return entry as MetricDefinition & { id: Id };
  throw new RangeError(`${caller}: unknown metric id ${describeValue(id)}; known ids: ${entries.map((entry) => entry.id).join(', ')}`);
}
