// Test-only helper: nothing under src imports it outside `*.test.ts`, so the
// build (which starts at src/index.ts) never includes it.

/**
 * The paths of every number in a value that is not finite (NaN, ±Infinity),
 * walking arrays and plain objects. Unlike `JSON.stringify`, which writes NaN
 * and Infinity as `null`, this sees them.
 *
 * @example
 * nonFiniteNumbers({ a: 1, b: [2, NaN], c: { d: Infinity } }) //=> ["$.b[1]", "$.c.d"]
 * @throws never
 */
export function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, `${path}.${key}`));
  }
  return [];
}

/**
 * Whether every number in a value is finite (see {@link nonFiniteNumbers}).
 *
 * @example
 * allFinite({ a: [1, 2] }) //=> true
 * allFinite({ a: NaN }) //=> false
 * @throws never
 */
export function allFinite(value: unknown): boolean {
  return nonFiniteNumbers(value).length === 0;
}
