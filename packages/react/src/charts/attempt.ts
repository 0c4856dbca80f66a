/** The outcome of {@link attempt}: the value, or what was thrown. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs a core call that throws on data it cannot use (a `RangeError` for a
 * NaN movement, months out of order…) and returns the outcome instead, so a
 * chart shows its error state rather than taking the page down during render.
 *
 * @example
 * const bridge = attempt(() => mrrBridge(data));
 * bridge.ok ? bridge.value : null
 */
export function attempt<T>(compute: () => T): Attempt<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    return { ok: false, error };
  }
}
