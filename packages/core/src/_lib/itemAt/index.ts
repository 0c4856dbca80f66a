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
  return item === undefined ? noItem(items, index, caller) : item;
}

// One checked read per typed-array kind: a helper shared by every kind of
// array sees them all at its one load and slows every hot loop that calls it
// (the ledger's sweep ran twice as long on `itemAt`); each of these sees one.
// The throw is apart so the reads stay small enough to inline everywhere.

function noItem(items: ArrayLike<unknown>, index: number, caller: string): never {
  throw new RangeError(`${caller}: no item at index ${index} of ${items.length}`);
}

/**
 * {@link itemAt} for an `Int32Array`, for hot loops.
 *
 * @example
 * int32At(new Int32Array([4, 5]), 1, 'sweepDoubles') //=> 5
 * @throws {RangeError} when there is no item at `index`
 */
export function int32At(items: Int32Array, index: number, caller: string): number {
  const item = items[index];
  return item === undefined ? noItem(items, index, caller) : item;
}

/**
 * {@link itemAt} for a `Float64Array`, for hot loops.
 *
 * @example
 * float64At(new Float64Array([0.5]), 0, 'sweepDoubles') //=> 0.5
 * @throws {RangeError} when there is no item at `index`
 */
export function float64At(items: Float64Array, index: number, caller: string): number {
  const item = items[index];
  return item === undefined ? noItem(items, index, caller) : item;
}

/**
 * {@link itemAt} for a `Uint8Array`, for hot loops.
 *
 * @example
 * uint8At(new Uint8Array([9]), 0, 'satisfactionSummary') //=> 9
 * @throws {RangeError} when there is no item at `index`
 */
export function uint8At(items: Uint8Array, index: number, caller: string): number {
  const item = items[index];
  return item === undefined ? noItem(items, index, caller) : item;
}

/**
 * Checks once that each column has at least `count` items, so a loop over
 * rows 0 to `count` − 1 that runs once per dataset can read them plainly
 * (`column[row] ?? 0`): such a loop runs mostly before the optimizing
 * compiler sees it, where a checked-read call per read was most of its time.
 *
 * @param caller the function asking, named in the error
 * @example
 * checkRows([columns.startMonth, columns.endMonth], columns.count, 'countRenewals')
 * @throws {RangeError} when a column is shorter (`countRenewals: a column has 3 items for 4 rows`)
 */
export function checkRows(columns: readonly ArrayLike<unknown>[], count: number, caller: string): void {
  for (const column of columns) {
    if (column.length < count) throw new RangeError(`${caller}: a column has ${column.length} items for ${count} rows`);
  }
}
