import { recordArgument } from '../_lib/arguments/index.js';
import type { LocalizedText, MetricDefinition } from './types.js';

/**
 * The name to title a metric with where space is tight (a KPI card, a chart,
 * a table header): its short name when the catalog has one, else its name.
 * Light: it reads the entry it is given, never the whole catalog.
 *
 * @example
 * metricShortName(getMetric('mrr')).en //=> 'MRR'
 * metricShortName(getMetric('winRate')).fr //=> 'Taux de conclusion'
 * @throws {TypeError} when an argument has the wrong structure (`metricShortName: <argument> must be …`)
 */
export function metricShortName(metric: Pick<MetricDefinition, 'name' | 'shortName'>): LocalizedText {
  recordArgument(metric, 'metricShortName', 'metric');
  return metric.shortName ?? metric.name;
}
