'use client';
import { useEffect, useState, type ReactNode, type RefObject } from 'react';

/** Props of {@link ChartTooltip}. */
export interface ChartTooltipProps {
  /** The positioned element the tooltip is placed in (the chart's plot wrapper). */
  containerRef: RefObject<HTMLElement | null>;
  /** `data-rk-cell` key of the item it describes, or `null` when hidden. */
  anchorKey: string | null;
  /** Id the described item points at with `aria-describedby`. */
  id: string;
  /** The details. */
  children?: ReactNode;
}

interface Placement {
  left: number;
  top: number;
  below: boolean;
}

/**
 * The details of the active data item, placed above it (below when there is
 * no room) and kept inside the chart. Shown on focus, hover and first tap.
 */
export function ChartTooltip({ containerRef, anchorKey, id, children }: ChartTooltipProps) {
  const [placement, setPlacement] = useState<Placement | null>(null);
  useEffect(() => {
    const container = containerRef.current;
    const anchor = anchorKey ? container?.querySelector(`[data-rk-cell="${anchorKey}"]`) : null;
    if (!container || !anchor) {
      setPlacement(null);
      return;
    }
    const box = container.getBoundingClientRect();
    const rect = anchor.getBoundingClientRect();
    const centre = rect.left + rect.width / 2 - box.left + container.scrollLeft;
    const below = rect.top - box.top < 64;
    setPlacement({
      left: Math.max(8, Math.min(centre, container.scrollWidth - 8)),
      top: (below ? rect.bottom : rect.top) - box.top + container.scrollTop,
      below,
    });
  }, [anchorKey, containerRef]);

  if (anchorKey === null) return null;
  return (
    <div
      id={id}
      role="tooltip"
      className="rk-tooltip"
      data-placement={placement?.below ? 'below' : 'above'}
      style={placement ? { left: placement.left, top: placement.top } : { left: 0, top: 0, visibility: 'hidden' }}
    >
      {children}
    </div>
  );
}
