/**
 * The item at `index`, checked: for loops whose index is in range by
 * construction but not by type, so a broken invariant is a programming
 * error naming the function (the README's error policy), not an
 * `undefined` carried on into NaN.
 *
 * @param caller the function asking, named in the error
 * @example
 * itemAt([10n, 20n], 1, 'customerMrrTimelines') //=> 20n
 * @throws {RangeError} when there is no item at `index` (`customerMrrTimelines: no item at index 2 of 2`)
 */
export function itemAt<T>(items: ArrayLike<T>, index: number, caller: string): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`${caller}: no item at index ${index} of ${items.length}`);
  return item;
}
