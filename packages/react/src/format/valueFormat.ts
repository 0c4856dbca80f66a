// How a chart formats its figures: a unit of the metric catalog by name
// (`valueFormatter="money"`), which a React Server Component can pass, or a
// function. Pure and server-safe: no hooks, no DOM.
import type { Formatters, MaybeNumber } from './formatters.js';
import type { MetricUnitLike } from './units.js';

/** A unit of `@revkit/core`'s catalog (`'money'`, `'ratio'`, `'count'`…) or a function from a value to its text. */
export type ValueFormat = MetricUnitLike | ((value: MaybeNumber) => string);

/** The formatters a chart uses for its figures, resolved once from a {@link ValueFormat}. */
export interface ResolvedFormat {
  /** A figure, compact where the unit has a compact form (`$1.2M`). */
  format: (value: MaybeNumber) => string;
  /** A change, with its sign (`+$12.1K`). */
  formatSigned: (value: MaybeNumber) => string;
}

/**
 * Resolves a chart's `valueFormatter`: a function is used as given for
 * figures and changes alike; a unit name (or, when none is given,
 * `fallbackUnit`) gives the provider's formatters of that unit, compact
 * unless `compact: false`, plain and signed.
 *
 * @example
 * resolveValueFormat('money', createFormatters('en-US', 'USD'), 'count').format(1_234_567) //=> '$1.2M'
 */
export function resolveValueFormat(
  valueFormatter: ValueFormat | undefined,
  formatters: Formatters,
  fallbackUnit: MetricUnitLike,
  { compact = true }: { compact?: boolean } = {},
): ResolvedFormat {
  if (typeof valueFormatter === 'function') return { format: valueFormatter, formatSigned: valueFormatter };
  const unit = valueFormatter ?? fallbackUnit;
  return {
    format: (value) => formatters.byUnit(unit, value, { compact }),
    formatSigned: (value) => formatters.byUnit(unit, value, { compact, signed: true }),
  };
}
