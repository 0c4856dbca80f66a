// Accessors that a React Server Component can pass: a key of the datum
// (`y="arr"`) as well as a function.

/** The keys of `Datum` whose values are numbers (or missing). */
export type NumericKey<Datum> = {
  [Key in keyof Datum]-?: Datum[Key] extends number | null | undefined ? Key : never;
}[keyof Datum] &
  string;

/** The keys of `Datum` whose values are strings. */
export type StringKey<Datum> = {
  [Key in keyof Datum]-?: Datum[Key] extends string ? Key : never;
}[keyof Datum] &
  string;

/** Reads a value of a datum: the name of one of its keys, or a function. */
export type Accessor<Datum, Value, Key extends string> = Key | ((datum: Datum) => Value);

/**
 * The function behind an {@link Accessor}: a key reads that property.
 *
 * @example
 * accessorFn<{ arr: number }, number>('arr')({ arr: 12 }) //=> 12
 */
export function accessorFn<Datum, Value>(accessor: Accessor<Datum, Value, string>): (datum: Datum) => Value {
  if (typeof accessor === 'function') return accessor;
  return (datum) => (datum as Record<string, unknown>)[accessor] as Value;
}

/**
 * The default `x` accessor of the monthly charts: the datum's `month` when it
 * is a string, else `''` (the chart then keys the datum by its index).
 *
 * @example
 * monthOf({ month: '2024-03', mrr: 10 }) //=> '2024-03'
 */
export function monthOf(datum: unknown): string {
  const month = typeof datum === 'object' && datum !== null ? (datum as { month?: unknown }).month : undefined;
  return typeof month === 'string' ? month : '';
}
