/**
 * KPI card props read from the engine's report and described by core's
 * metric catalog: the label, unit, polarity and formula come from
 * `getMetric`, the figures from `report.mrr`. Nothing is typed twice.
 */
import { getMetric, type MrrRow } from '@revkit/core';
import type { KpiCardProps } from '@revkit/react';

/** Catalog ids of the metrics that are columns of `report.mrr`. */
export type MrrMetricId = 'mrr' | 'arr' | 'customers' | 'arpa' | 'customerChurnRate' | 'grossMrrChurnRate' | 'nrr' | 'grr' | 'quickRatio' | 'mrrGrowthRate';

/** The `report.mrr` column a catalog entry lives in, read from its `reportPath` (`mrr[].nrr`). */
export function mrrColumn(id: MrrMetricId): keyof MrrRow {
  const path = getMetric(id).reportPath ?? '';
  const match = /^mrr\[\]\.(\w+)$/.exec(path);
  if (!match?.[1]) throw new Error(`Metric ${id} is not a column of report.mrr (reportPath ${JSON.stringify(path)})`);
  return match[1] as keyof MrrRow;
}

function figure(row: MrrRow | undefined, column: keyof MrrRow): number | null {
  const value = row?.[column];
  return typeof value === 'number' ? value : null;
}

/**
 * The props of a KPI card for metric `id` in the last row of `rows`,
 * compared with the row before it, with a sparkline of every row.
 */
export function kpiCardProps(id: MrrMetricId, rows: readonly MrrRow[], language: 'en' | 'fr' = 'en'): KpiCardProps {
  const metric = getMetric(id);
  const column = mrrColumn(id);
  const last = rows[rows.length - 1];
  const previous = rows[rows.length - 2];
  return {
    label: metric.name[language],
    unit: metric.unit,
    polarity: metric.polarity,
    formula: `${metric.formula[language]} ${metric.symbols}`,
    value: figure(last, column),
    previousValue: figure(previous, column),
    sparkline: rows.map((row) => figure(row, column)),
  };
}

/** The value of metric `id` in `month` of `rows`. */
export function valueIn(id: MrrMetricId, rows: readonly MrrRow[], month: string): number | null {
  return figure(
    rows.find((row) => row.month === month),
    mrrColumn(id),
  );
}
