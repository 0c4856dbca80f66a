import { startTransition, useEffect, useState } from 'react';

/** A module fetched by {@link useCodeAfterPaint}: `null` until it arrives; `failed` when it could not be fetched. */
export interface LateCode<T> {
  code: T | null;
  failed: boolean;
}

/**
 * Fetches code the first screen does not draw (a dynamic `import()`) once
 * `wanted` is true and the page has painted: the frame after, then a task
 * of its own. The first paint waits only on the code it draws, and the
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
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        load().then(
          (code) => {
            if (!cancelled) startTransition(() => setLate({ code, failed: false }));
          },
          () => {
            if (!cancelled) setLate({ code: null, failed: true });
          },
        );
      }, 0);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [wanted, settled, load]);
  return late;
}
