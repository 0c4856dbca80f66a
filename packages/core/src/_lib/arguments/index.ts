// Checked reads of a public function's arguments (light: no decimal.js, so display functions use them too), for callers in plain
// JavaScript (or data cast past the types): a wrong structure is a TypeError
// and a value out of range a RangeError, each naming the function and the
// argument's path (`customerChurnRate: input.startingCustomers must be …`),
// never the engine's own "Cannot read properties of undefined" or a NaN.
import { describeValue } from '../../engine/errors/index.js';
import type { ValidDataset } from '../../engine/validate/index.js';

/**
 * Throws the TypeError of an argument that is not what it must be, in the
 * one wording every check uses: `caller: path must be expected, got value`.
 *
 * @example
 * wrongArgument('bookings', 'deals[3]', 'a validated deal', null) // throws TypeError: bookings: deals[3] must be a validated deal, got null
 * @throws {TypeError} always
 */
export function wrongArgument(caller: string, path: string, expected: string, value: unknown): never {
  throw new TypeError(`${caller}: ${path} must be ${expected}, got ${describeValue(value)}`);
}


/**
 * Whether a value is a scaled decimal as validation makes them (`{ units: BigInt, scale }`):
 * amounts of cost lines, deals and subscription terms.
 *
 * @example
 * isScaledDecimal({ units: 4990n, scale: 2 }) //=> true
 * @throws never
 */
export function isScaledDecimal(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { units?: unknown }).units === 'bigint' && Number.isSafeInteger((value as { scale?: unknown }).scale);
}

/**
 * The argument when it is a plain object (not null, not an array).
 *
 * @example
 * recordArgument({ mrr: '10' }, 'arpa', 'input') //=> { mrr: '10' }
 * recordArgument(null, 'arpa', 'input') // throws TypeError: arpa: input must be an object, got null
 * @throws {TypeError} when the argument is not an object
 */
export function recordArgument<T>(value: T, caller: string, path: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) wrongArgument(caller, path, 'an object', value);
  return value;
}

/**
 * The argument when it is an array (its items are the function's to check).
 *
 * @example
 * arrayArgument([1, 2], 'csat', 'scores') //=> [1, 2]
 * arrayArgument('abc', 'csat', 'scores') // throws TypeError: csat: scores must be an array, got "abc"
 * @throws {TypeError} when the argument is not an array
 */
export function arrayArgument<T>(value: readonly T[], caller: string, path: string): readonly T[] {
  if (!Array.isArray(value)) wrongArgument(caller, path, 'an array', value);
  return value;
}

/**
 * The argument when it is a count: an integer ≥ 0 (customers, leads, days).
 *
 * @example
 * countArgument(3, 'customerChurnRate', 'input.churnedCustomers') //=> 3
 * countArgument(-1, 'customerChurnRate', 'input.churnedCustomers') // throws RangeError: customerChurnRate: input.churnedCustomers must be ≥ 0, got -1
 * @throws {TypeError} when it is not an integer; {RangeError} when it is negative
 */
export function countArgument(value: number, caller: string, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) wrongArgument(caller, path, 'an integer', value);
  if (value < 0) throw new RangeError(`${caller}: ${path} must be ≥ 0, got ${value}`);
  return value;
}

/**
 * The argument when it is a finite number (a score, a weight, a horizon).
 *
 * @example
 * numberArgument(0.5, 'winRate', 'input.rate') //=> 0.5
 * numberArgument(Number.NaN, 'winRate', 'input.rate') // throws TypeError: winRate: input.rate must be a finite number, got number NaN
 * @throws {TypeError} when it is not a finite number
 */
export function numberArgument(value: number, caller: string, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) wrongArgument(caller, path, 'a finite number', value);
  return value;
}

/** A decimal as text: digits with an optional point, sign and exponent (what `toExact` reads, without hex). */
const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Whether text is a decimal `toExact` reads: digits with an optional sign, point and exponent (no hex, NaN or infinity).
 *
 * @example
 * isDecimalText('-12.5e3') //=> true
 * isDecimalText('0x10') //=> false
 * @throws never
 */
export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text);
}

/** A finite decimal: a number, a decimal string, a Decimal or a BigInt (read without decimal.js, so the display layer can check too). */
function isDecimal(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'bigint') return true;
  if (typeof value === 'string') return isDecimalText(value);
  if (typeof value !== 'object' || value === null) return false;
  const decimal = value as { isFinite?: unknown; toFixed?: unknown };
  return typeof decimal.isFinite === 'function' && typeof decimal.toFixed === 'function' && (value as { isFinite(): boolean }).isFinite();
}

/**
 * The argument unchanged when it is a finite decimal: a number, a decimal
 * string, a Decimal or a BigInt (money, rates).
 *
 * @example
 * checkedDecimal('12.5', 'arpa', 'input.mrr') //=> '12.5'
 * checkedDecimal('12,5', 'arpa', 'input.mrr') // throws TypeError: arpa: input.mrr must be a decimal (…), got "12,5"
 * @throws {TypeError} when it is not a finite decimal
 */
export function checkedDecimal<T>(value: T, caller: string, path: string): T {
  if (!isDecimal(value)) wrongArgument(caller, path, 'a decimal (a finite number, a decimal string, a Decimal or a BigInt)', value);
  return value;
}

/** What a field of an input object holds: a count is an integer ≥ 0, a decimal a number, decimal string, Decimal or BigInt. */
export type InputKind = 'count' | 'number' | 'string' | 'decimal' | 'object' | 'array';

/** An {@link InputKind}; `?` lets the field be missing (`undefined`), `| null` lets it be null. */
export type InputField = InputKind | `${InputKind}?` | `${InputKind} | null` | `${InputKind}? | null`;

/**
 * Checks a metric's input object, field by field, and returns it: every field
 * of `I` is named with what it holds, so a field the type adds must be named
 * here too.
 *
 * @example
 * checkInput({ churnedCustomers: 3, startingCustomers: 100 }, 'customerChurnRate', { churnedCustomers: 'count', startingCustomers: 'count' })
 * checkInput({ churnedCustomers: 3 }, 'customerChurnRate', { churnedCustomers: 'count', startingCustomers: 'count' })
 * // throws TypeError: customerChurnRate: input.startingCustomers must be an integer, got nothing
 * @throws {TypeError} when the input is not an object or a field is not what it holds; {RangeError} when a count is negative
 */
export function checkInput<I>(input: I, caller: string, fields: { readonly [K in keyof I]-?: InputField }, name = 'input'): I {
  recordArgument(input, caller, name);
  for (const [field, kind] of Object.entries(fields) as [keyof I & string, InputField][]) {
    const value: unknown = input[field];
    if (value === undefined && kind.includes('?')) continue;
    if (value === null && kind.endsWith('| null')) continue;
    const base = baseKind(kind);
    // The path is built only for an error: metrics over every month of a report check their inputs each time.
    if (!holds(value, base)) checkKind(value, base, caller, `${name}.${field}`);
  }
  return input;
}

/**
 * The argument when it is an array of integer scores from `min` to `max`
 * (a survey's scale: CSAT 1–5, NPS 0–10, CES 1–7).
 *
 * @example
 * scoresArgument([9, 10, 3], 'nps', 0, 10) //=> [9, 10, 3]
 * scoresArgument([9, 11], 'nps', 0, 10) // throws RangeError: nps: scores[1] must be an integer from 0 to 10, got 11
 * @throws {TypeError} when it is not an array or a score not an integer; {RangeError} when a score is off the scale
 */
export function scoresArgument(scores: readonly number[], caller: string, min: number, max: number): readonly number[] {
  arrayArgument(scores, caller, 'scores');
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (typeof score !== 'number' || !Number.isInteger(score)) wrongArgument(caller, `scores[${i}]`, `an integer from ${min} to ${max}`, score);
    if (score < min || score > max) throw new RangeError(`${caller}: scores[${i}] must be an integer from ${min} to ${max}, got ${score}`);
  }
  return scores;
}

const baseKinds = new Map<InputField, InputKind>();

/** The kind without its `?` and `| null` marks. */
function baseKind(kind: InputField): InputKind {
  let base = baseKinds.get(kind);
  if (base === undefined) baseKinds.set(kind, (base = kind.replace(/\?| \| null/g, '') as InputKind));
  return base;
}

/** Whether a value is of its kind (the quick test; {@link checkKind} says why not). */
function holds(value: unknown, kind: InputKind): boolean {
  switch (kind) {
    case 'count':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'decimal':
      return isDecimal(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
  }
}

/** Throws the error of a value that is not of its kind. */
function checkKind(value: unknown, kind: InputKind, caller: string, path: string): void {
  switch (kind) {
    case 'count':
      countArgument(value as number, caller, path);
      return;
    case 'number':
      numberArgument(value as number, caller, path);
      return;
    case 'string':
      if (typeof value !== 'string') wrongArgument(caller, path, 'a string', value);
      return;
    case 'decimal':
      checkedDecimal(value, caller, path);
      return;
    case 'object':
      recordArgument(value, caller, path);
      return;
    case 'array':
      arrayArgument(value as readonly unknown[], caller, path);
      return;
  }
}

/**
 * The argument when it can be iterated (an array, a Set, a Map's values).
 *
 * @example
 * iterableArgument(new Set([1]), 'netRevenueRetentionOverRange', 'customers') //=> Set { 1 }
 * @throws {TypeError} when it cannot be iterated
 */
export function iterableArgument<T>(value: Iterable<T>, caller: string, path: string): Iterable<T> {
  const iterator: unknown = typeof value === 'object' && value !== null ? (value as Partial<Iterable<T>>)[Symbol.iterator] : undefined;
  if (typeof iterator !== 'function') wrongArgument(caller, path, 'an array or another iterable', value);
  return value;
}

/**
 * The argument when it is an array of input objects, each checked as
 * {@link checkInput} checks one (`arpaOverRange: months[2].accounts must be …`).
 * For short inputs (months, periods, stages), not for dataset rows.
 *
 * @example
 * recordsArgument([{ forecast: 110, actual: 100 }], 'forecastAccuracy', 'outcomes', { forecast: 'decimal', actual: 'decimal' })
 * @throws {TypeError} when it is not an array, or an item not an object with the fields; {RangeError} when a count is negative
 */
export function recordsArgument<I>(items: readonly I[], caller: string, path: string, fields: { readonly [K in keyof I]-?: InputField }): readonly I[] {
  arrayArgument(items, caller, path);
  for (let i = 0; i < items.length; i++) checkInput(items[i] as I, caller, fields, `${path}[${i}]`);
  return items;
}

/**
 * The argument when it is an array of decimals (money amounts, a series).
 *
 * @example
 * decimalsArgument([12, '3.5'], 'averageDealSize', 'wonAmounts') //=> [12, '3.5']
 * @throws {TypeError} when it is not an array or an item is not a finite decimal
 */
export function decimalsArgument<T>(items: readonly T[], caller: string, path: string): readonly T[] {
  arrayArgument(items, caller, path);
  for (let i = 0; i < items.length; i++) checkedDecimal(items[i], caller, `${path}[${i}]`);
  return items;
}

/**
 * The argument when it has a validated dataset's shape: the currency and each
 * section as an array (`validateDataset`'s result, or `knownAt`'s). Its rows
 * are the validator's; a raw dataset goes through `buildReport` instead.
 *
 * @example
 * validDatasetArgument(validateDataset(json), 'buildReportFromValid') // the dataset
 * validDatasetArgument(json.subscriptions, 'buildReportFromValid') // throws TypeError: buildReportFromValid: dataset must be an object, got an array
 * @throws {TypeError} when it is not an object with a currency and array sections
 */
export function validDatasetArgument(dataset: ValidDataset, caller: string): ValidDataset {
  recordArgument(dataset, caller, 'dataset');
  if (typeof dataset.currency !== 'string') wrongArgument(caller, 'dataset.currency', "a currency code (validateDataset's result)", dataset.currency);
  for (const section of VALID_SECTIONS) {
    // A section the validator holds as columns is a getter that makes its objects on first read:
    // reading it here would build every subscription and survey object the report engines never need.
    if (typeof Object.getOwnPropertyDescriptor(dataset, section)?.get === 'function') continue;
    const rows: unknown = dataset[section];
    if (rows === undefined && OPTIONAL_SECTIONS.has(section)) continue;
    if (!Array.isArray(rows)) wrongArgument(caller, `dataset.${section}`, "an array (validateDataset's result)", rows);
  }
  return dataset;
}

const VALID_SECTIONS = ['subscriptions', 'deals', 'funnel', 'surveys', 'costs', 'leads', 'activities', 'usage', 'employeeSurveys'] as const satisfies readonly (keyof ValidDataset)[];
const OPTIONAL_SECTIONS = new Set<string>(['costs', 'leads', 'activities', 'usage', 'employeeSurveys']);
