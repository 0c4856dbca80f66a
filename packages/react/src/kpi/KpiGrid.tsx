import type { ReactNode } from 'react';

/** Props of {@link KpiGrid}. */
export interface KpiGridProps {
  /** Accessible name of the group of cards, e.g. `"Revenue KPIs"`. */
  label?: string;
  /** Narrowest a card gets before the grid wraps, as a CSS length. @default '14rem' */
  minCardWidth?: string;
  /** The cards. */
  children?: ReactNode;
  /** Extra class on the grid. */
  className?: string;
}

/**
 * A responsive row of {@link KpiCard}s that wraps down to one column at
 * 320 px. No hooks: a server component can render it.
 */
export function KpiGrid({ label, minCardWidth = '14rem', children, className }: KpiGridProps) {
  return (
    <div
      role={label ? 'group' : undefined}
      aria-label={label}
      className={`rk-kpi-grid${className ? ` ${className}` : ''}`}
      style={{ ['--rk-kpi-min' as string]: minCardWidth }}
    >
      {children}
    </div>
  );
}
