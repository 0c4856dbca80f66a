'use client';
import { useCallback, useState } from 'react';

/**
 * The width the server renders at, and the first client render too, so
 * hydration matches; the real width arrives from ResizeObserver right after.
 */
export const SSR_DEFAULT_WIDTH = 640;
/** Below this a chart stops shrinking and scrolls instead of overlapping labels. */
export const MIN_CHART_WIDTH = 280;

/**
 * Measures an element's content width with ResizeObserver.
 * Returns a callback ref to put on the element and its width in pixels.
 */
export function useElementWidth(
  initialWidth: number = SSR_DEFAULT_WIDTH,
): [(element: Element | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(initialWidth);
  const ref = useCallback((element: Element | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      // A hidden or detached element reports 0: keep the last useful width.
      if (measured && measured > 0) setWidth(Math.max(MIN_CHART_WIDTH, Math.round(measured)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
