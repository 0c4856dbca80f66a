// Layout math shared by the charts: positions and scale domains, no metric.

/** Margins of a chart's plot area inside its SVG. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * A value domain that always contains 0 and never collapses to a point, so
 * a scale built on it never divides by zero (all-zero or single-value data).
 */
export function zeroBasedDomain(values: readonly number[]): [number, number] {
  let min = 0;
  let max = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min === max) return [0, 1];
  return [min, max];
}

/** Every n-th item so that labels of `labelWidth` px fit in `width` px. */
export function thinTicks<T>(items: readonly T[], width: number, labelWidth: number): T[] {
  const fit = Math.max(1, Math.floor(width / labelWidth));
  const step = Math.max(1, Math.ceil(items.length / fit));
  return items.filter((_, index) => index % step === 0);
}

/** The left margin that fits the widest tick label (approximate glyph width, 7 px). */
export function leftMarginFor(labels: readonly string[]): number {
  const widest = labels.reduce((max, label) => Math.max(max, label.length), 0);
  return Math.min(96, Math.max(40, widest * 7 + 12));
}
