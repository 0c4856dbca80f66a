/**
 * The item at `index`, checked: the generator's indexes are kept in range by
 * construction, so a missing item is an internal error, said at once rather
 * than carried on as `undefined` (or NaN, or a write a typed array ignores).
 *
 * @param caller the function asking, named in the error
 * @example
 * itemAt([10, 20, 30], 1, 'leadRecords') //=> 20
 * @throws {RangeError} when there is no item at `index` (`leadRecords: no item at index 3 of 3`)
 */
export function itemAt<T>(items: ArrayLike<T>, index: number, caller: string): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`${caller}: no item at index ${index} of ${items.length}`);
  return item;
}
