'use client';
import { useCallback, useState } from 'react';

/**
 * State a host may control (`value` + `onChange`) or leave to the component
 * (`defaultValue`): the React convention of inputs, for every toggle of the
 * kit. Controlled when `value` is not `undefined`; `onChange` is called on
 * every user change either way.
 */
export function useControllableState<T>(value: T | undefined, defaultValue: T, onChange?: (next: T) => void): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [current, set];
}
