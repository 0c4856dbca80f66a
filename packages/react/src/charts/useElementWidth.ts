'use client';
import { startTransition, useCallback, useRef, useState, useSyncExternalStore, type RefObject } from 'react';

/**
 * The width the server renders at, and the first client render of a
 * hydrated page too, so hydration matches; the real width arrives from
 * ResizeObserver right after. Also the width where nothing can be measured
 * (no ResizeObserver, a hidden element).
 */
export const SSR_DEFAULT_WIDTH = 640;
/** Below this a chart stops shrinking and scrolls instead of overlapping labels. */
export const MIN_CHART_WIDTH = 280;
/**
 * How long a chart mounted on the client waits for ResizeObserver before it
 * draws at the default width all the same: Chromium reports nothing inside a
 * `content-visibility: auto` section until it nears the screen, and the
 * chart's marks belong in the accessibility tree and the tab order before
 * that. Measuring such an element would lay out its whole section (tens of
 * ms for a dashboard's section, in one task), which is what
 * `content-visibility` spares.
 */
const UNREPORTED_WAIT_MS = 1500;

const subscribeToNothing = () => () => {};

/** A measured width as a chart draws it: whole pixels, never below {@link MIN_CHART_WIDTH}. */
const chartWidth = (measured: number) => Math.max(MIN_CHART_WIDTH, Math.round(measured));

/**
 * Measures an element's content width with ResizeObserver.
 * Returns a stable callback ref for the element (it also fills `elementRef`
 * when given), the width in pixels, and whether the chart may draw.
 *
 * A chart mounted on the client draws once, at its measured width: until
 * the element is measured `drawable` is false (the chart keeps its box
 * empty at its height), so no plot is drawn at a default width and drawn
 * again. The server, and the first render of a hydrated page, draw at
 * `initialWidth` (what the server sent), as does a browser without
 * ResizeObserver. An element ResizeObserver does not report within
 * {@link UNREPORTED_WAIT_MS} (off screen in a `content-visibility: auto`
 * section, or hidden) is drawn at `initialWidth` then, and again at its
 * width once it is reported.
 *
 * A new width redraws the chart as a transition: React renders it in
 * slices, so a page drawing several charts stays responsive meanwhile.
 * The observer is disconnected when the element goes away, on React 18
 * (ref called with null) and 19 alike.
 * `observe` false: what is drawn does not depend on the width (the cohort
 * heatmap is an HTML table), so nothing is observed and no measured width
 * redraws it; the last width is kept.
 */
export function useElementWidth(
  elementRef?: RefObject<HTMLDivElement | null>,
  initialWidth: number = SSR_DEFAULT_WIDTH,
  observe = true,
): [(element: HTMLDivElement | null) => void, number, boolean] {
  // True on the server and while hydrating what it sent; false for a chart mounted on the client.
  const rendersServerHtml = useSyncExternalStore(subscribeToNothing, () => false, () => true);
  // Kept from the first render: after hydration React renders again with the client's value.
  const [drawsAtInitialWidth] = useState(() => rendersServerHtml || typeof ResizeObserver === 'undefined');
  const [measured, setMeasured] = useState<number | null>(null);
  const observerRef = useRef<ResizeObserver | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      if (elementRef) elementRef.current = element;
      observerRef.current?.disconnect();
      observerRef.current = null;
      clearTimeout(timerRef.current);
      if (!element || !observe || typeof ResizeObserver === 'undefined') return;
      let reported = false;
      const observer = new ResizeObserver((entries) => {
        const width = entries[0]?.contentRect.width;
        // A hidden or detached element reports 0: keep the last useful width.
        if (width && width > 0) {
          reported = true;
          startTransition(() => setMeasured(chartWidth(width)));
        }
      });
      observer.observe(element);
      observerRef.current = observer;
      timerRef.current = setTimeout(() => {
        if (!reported) startTransition(() => setMeasured((last) => last ?? initialWidth));
      }, UNREPORTED_WAIT_MS);
    },
    [elementRef, observe, initialWidth],
  );
  const width = measured ?? initialWidth;
  return [ref, width, measured !== null || drawsAtInitialWidth || !observe];
}
