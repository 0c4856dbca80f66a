import { startTransition, useEffect, useState } from 'react';

/** A module fetched by {@link useCodeAfterPaint}: `null` until it arrives; `failed` when it could not be fetched. */
export interface LateCode<T> {
  code: T | null;
  failed: boolean;
}

/** How long to wait for the first contentful paint to be reported before fetching anyway (a hidden tab never paints). */
const PAINT_WAIT_MS = 3000;

/**
 * Calls `then` in a task of its own once the page's first contentful paint
 * has been reported (at once when it already was), or after
 * {@link PAINT_WAIT_MS} where the browser reports no paint.
 *
 * @returns a function that cancels the wait
 */
function afterFirstContentfulPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: PerformanceObserver | null = null;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    timer = setTimeout(then, 0);
  };
  timer = setTimeout(run, PAINT_WAIT_MS);
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    // The entry is reported after the paint reached the screen, so a fetch started here is not
    // one the first paint waited for (Lighthouse counts every request started before it).
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) run();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    // No paint timing: the frame after this one has been painted.
    requestAnimationFrame(() => run());
  }
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
  };
}

/**
 * Fetches code the first screen does not draw (a dynamic `import()`) once
 * `wanted` is true and the page's first contentful paint is reported, in a
 * task of its own. The first paint waits only on the code it draws, and the
 * rest arrives while the user reads it.
 *
 * @param load the dynamic import, called once
 */
export function useCodeAfterPaint<T>(wanted: boolean, load: () => Promise<T>): LateCode<T> {
  const [late, setLate] = useState<LateCode<T>>({ code: null, failed: false });
  const settled = late.code !== null || late.failed;
  useEffect(() => {
    if (!wanted || settled) return undefined;
    let cancelled = false;
    const cancelWait = afterFirstContentfulPaint(() => {
      load().then(
        (code) => {
          if (!cancelled) startTransition(() => setLate({ code, failed: false }));
        },
        () => {
          if (!cancelled) setLate({ code: null, failed: true });
        },
      );
    });
    return () => {
      cancelled = true;
      cancelWait();
    };
  }, [wanted, settled, load]);
  return late;
}
