import { customerSuccessMetrics } from './customerSuccess.js';
import { financeMetrics } from './finance.js';
import { marketingMetrics } from './marketing.js';
import { salesMetrics } from './sales.js';
import { metricEntry } from './findMetric.js';
import type { MetricDefinition } from './types.js';

export type { LocalizedText, MetricDefinition, MetricPolarity, MetricTeam, MetricUnit } from './types.js';

const entries = [...financeMetrics, ...salesMetrics, ...marketingMetrics, ...customerSuccessMetrics] as const;

/** The id of a metric of the catalog: `'mrr'`, `'nrr'`, `'clvToCacRatio'`… */
export type MetricId = (typeof entries)[number]['id'];

/** A catalog entry, its id one of {@link MetricId}. */
export type CatalogMetric = MetricDefinition & { id: MetricId };

/**
 * The metrics catalog: one entry per metric revkit computes, the single
 * source of its names (English and French), formula, unit, polarity, team,
 * inputs, conventions and health line. The KPI cards, the docs and the CLI
 * read it; nothing keeps a second copy. One file per team owns its entries.
 */
export const metricCatalog: readonly CatalogMetric[] = entries;

const ids = new Set<string>(metricCatalog.map((entry) => entry.id));

/**
 * Whether a string is the id of a catalog metric (to narrow input such as a
 * URL parameter before {@link getMetric}).
 *
 * @example
 * isMetricId('nrr') //=> true
 * isMetricId('nope') //=> false
 * @throws never
 */
export function isMetricId(id: string): id is MetricId {
  return ids.has(id);
}

/**
 * The catalog entry of a metric. The id is typed: a misspelt id fails to
 * compile.
 *
 * @example
 * getMetric('nrr').benchmark //=> { value: 1.1, comparison: 'at-least', … }
 * getMetric('nrr').name.fr //=> 'Rétention nette des revenus (NRR)'
 * @throws {RangeError} when no metric has that id, from untyped JavaScript (`getMetric: unknown metric id "ebitda"; known ids: …`)
 */
export function getMetric<Id extends MetricId>(id: Id): MetricDefinition & { id: Id } {
  return metricEntry(entries, id, 'getMetric');
}
