/**
 * The SVG path of a sparkline through `values` in a `width` × `height` box:
 * layout only, no metric. Missing values break the line; a single value is
 * a dot-sized segment; a flat series sits in the middle.
 */
export function sparklinePath(values: readonly (number | null | undefined)[], width: number, height: number): string {
  const finite = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (finite.length === 0) return '';
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const span = max - min;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const pad = 1;
  const y = (value: number) => (span === 0 ? height / 2 : pad + (1 - (value - min) / span) * (height - 2 * pad));
  let path = '';
  let penDown = false;
  values.forEach((value, index) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      penDown = false;
      return;
    }
    const x = values.length > 1 ? index * step : width / 2;
    path += `${penDown ? 'L' : 'M'}${x.toFixed(1)},${y(value).toFixed(1)}`;
    penDown = true;
  });
  if (finite.length === 1) path += 'h0.01';
  return path;
}
