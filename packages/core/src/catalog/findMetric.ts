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
 * @throws {Error} when no entry has that id, from untyped JavaScript (the message lists the ids it has)
 */
export function findMetric<const Entries extends readonly MetricDefinition[], Id extends Entries[number]['id']>(
  entries: Entries,
  id: Id,
): MetricDefinition & { id: Id } {
  for (const entry of entries) if (entry.id === id) return entry as MetricDefinition & { id: Id };
  throw new Error(`Unknown metric id ${JSON.stringify(id)}; known ids: ${entries.map((entry) => entry.id).join(', ')}`);
}
