import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import type { RootAttributes } from '../charts/states.js';

/** Props of {@link KpiGrid}. */
export interface KpiGridProps extends RootAttributes<HTMLDivElement>, Pick<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Accessible name of the group of cards, e.g. `"Revenue KPIs"`. */
  label?: string;
  /** Narrowest a card gets before the grid wraps, as a CSS length. @default '14rem' */
  minCardWidth?: string;
  /** The cards. */
  children?: ReactNode;
}

/**
 * A responsive row of {@link KpiCard}s that wraps down to one column at
 * 320 px. No hooks: a server component can render it.
 */
export const KpiGrid = forwardRef<HTMLDivElement, KpiGridProps>(function KpiGrid({ label, minCardWidth = '14rem', children, className, style, ...rootAttributes }, ref) {
  return (
    <div
      ref={ref}
      role={label ? 'group' : undefined}
      aria-label={label}
      {...rootAttributes}
      className={`rk-kpi-grid${className ? ` ${className}` : ''}`}
      style={{ ['--rk-kpi-min' as string]: minCardWidth, ...style }}
    >
      {children}
    </div>
  );
});
