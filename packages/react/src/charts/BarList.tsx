'use client';
import { useId, type CSSProperties, type ReactNode } from 'react';
import { printable } from '@revkit/core/display';
import { ChartTooltip } from './ChartTooltip.js';
import { useRovingGrid } from './useRovingGrid.js';

/** One row of a {@link BarList}: a name, its bars and its figures. */
export interface BarListItem {
  /** Stable React key. */
  key: string;
  /** The row's name (from the input: shown cut to core's printable length, in full as its title), before its bars and first in its accessible name. */
  name: string;
  /** Each figure as [label, text]: the tooltip, and the accessible name ("name: label text, …") unless `label` is given. */
  details: readonly (readonly [string, string])[];
  /** The accessible name of the row when it says more than its details (a funnel's drop-off). */
  label?: string;
  /** The bars, drawn in the row's track (hidden from assistive technology: `details` says it). */
  track: ReactNode;
  /** Extra class of the track. */
  trackClassName?: string;
  /** CSS variables of the track (`--rk-low`, `--rk-high`). */
  trackStyle?: CSSProperties;
  /** The short figures shown under the bars; the first one stands out. */
  figures: readonly string[];
  /** Shown after the figures (a badge). */
  extra?: ReactNode;
  /** `data-*` attributes of the row, for styling (`data-band`, `data-drop`). */
  data?: Readonly<Record<`data-${string}`, string | true | undefined>>;
}

/** Props of {@link BarList}. */
export interface BarListProps {
  /** The list's accessible name. */
  label: string;
  /** The rows, in display order. */
  items: readonly BarListItem[];
  /** `data-orientation` of the list: `vertical` stands the bars up side by side (the funnel's option). */
  orientation?: string;
  /** After the list and its tooltip (a legend). */
  children?: ReactNode;
}

/**
 * Horizontal bars in an ordered list, one row per item, as the funnel lays
 * them out: one Tab stop, arrow keys move between rows (Home/End, Escape),
 * the focused or hovered row shows its figures in a tooltip. The rows of
 * `FunnelChart`, `PipelineChart` and `RepLeaderboard`.
 */
export function BarList({ label, items, orientation, children }: BarListProps) {
  const tooltipId = useId();
  const roving = useRovingGrid([items.length]);
  const active = roving.active ? items[roving.active.col] : undefined;
  return (
    <div className="rk-plot" ref={roving.containerRef} onBlur={roving.onContainerBlur}>
      <ol className="rk-funnel-stages" data-orientation={orientation} aria-label={label}>
        {items.map((item, index) => {
          const isActive = roving.active?.col === index;
          return (
            <li key={item.key} className="rk-funnel-stage">
              <div
                role="img"
                aria-label={item.label ?? `${printable(item.name)}: ${item.details.map(([name, text]) => `${name} ${text}`).join(', ')}`}
                aria-describedby={isActive ? tooltipId : undefined}
                className="rk-item rk-funnel-item"
                {...item.data}
                data-active={isActive || undefined}
                {...roving.getItemProps(0, index)}
              >
                <span className="rk-funnel-name" aria-hidden="true" title={item.name}>
                  {printable(item.name)}
                </span>
                <span className={`rk-funnel-track ${item.trackClassName ?? ''}`} style={item.trackStyle} aria-hidden="true">
                  {item.track}
                </span>
                <span className="rk-funnel-figures" aria-hidden="true">
                  {item.figures.map((text, figure) => (
                    <span key={figure} className={figure === 0 ? 'rk-funnel-count' : undefined}>
                      {text}
                    </span>
                  ))}
                  {item.extra}
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <ChartTooltip containerRef={roving.containerRef} anchorKey={roving.active ? `0:${roving.active.col}` : null} id={tooltipId}>
        {active ? (
          <>
            <strong>{printable(active.name)}</strong>
            {active.details.map(([name, text]) => (
              <span key={name}>
                {name}: {text}
              </span>
            ))}
          </>
        ) : null}
      </ChartTooltip>
      {children}
    </div>
  );
}
