'use client';
import { startTransition, useCallback, useRef, useState, type RefObject } from 'react';

/**
 * The width the server renders at, and the first client render too, so
 * hydration matches; the real width arrives from ResizeObserver right after.
 */
export const SSR_DEFAULT_WIDTH = 640;
/** Below this a chart stops shrinking and scrolls instead of overlapping labels. */
export const MIN_CHART_WIDTH = 280;

/**
 * Measures an element's content width with ResizeObserver.
 * Returns a stable callback ref for the element (it also fills `elementRef`
 * when given) and the width in pixels. The observer is disconnected when the
 * element goes away, on React 18 (ref called with null) and 19 alike.
 * A new width redraws the chart as a transition: React renders it in
 * slices, so a page drawing several charts stays responsive meanwhile.
 * `observe` false: what is drawn does not depend on the width (the cohort
 * heatmap is an HTML table), so nothing is observed and no measured width
 * redraws it; the last width is kept.
 */
export function useElementWidth(
  elementRef?: RefObject<HTMLDivElement | null>,
  initialWidth: number = SSR_DEFAULT_WIDTH,
  observe = true,
): [(element: HTMLDivElement | null) => void, number] {
  const [width, setWidth] = useState(initialWidth);
  const observerRef = useRef<ResizeObserver | null>(null);
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      if (elementRef) elementRef.current = element;
      observerRef.current?.disconnect();
      observerRef.current = null;
      if (!element || !observe || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const measured = entries[0]?.contentRect.width;
        // A hidden or detached element reports 0: keep the last useful width.
        if (measured && measured > 0) startTransition(() => setWidth(Math.max(MIN_CHART_WIDTH, Math.round(measured))));
      });
      observer.observe(element);
      observerRef.current = observer;
    },
    [elementRef, observe],
  );
  return [ref, width];
}
