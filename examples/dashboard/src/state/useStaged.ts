import { startTransition, useEffect, useState } from 'react';

/**
 * Hands `value` on to `count` stages, one stage per task: stage 0 takes a
 * new value in the task after it arrives, stage 1 in the task after stage 0
 * was committed, and so on. Each stage is a part of the page drawn with its
 * own render, commit and layout, so none of those tasks draws everything.
 * Stages start at `initial`.
 *
 * @returns the value each stage shows, in order
 */
export function useStaged<T>(value: T, count: number, initial: T): readonly T[] {
  const [staged, setStaged] = useState<readonly T[]>(() => Array.from({ length: count }, () => initial));
  const next = staged.findIndex((shown) => shown !== value);
  useEffect(() => {
    if (next === -1) return undefined;
    // A task of its own (not this commit's), and a transition: React renders it in slices.
    const timer = setTimeout(() => startTransition(() => setStaged((previous) => previous.map((shown, index) => (index === next ? value : shown)))), 0);
    return () => clearTimeout(timer);
  }, [next, value]);
  return staged;
}
