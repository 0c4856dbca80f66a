import { describeValue, type ValidationIssue } from '../errors/index.js';
import { parseDecimal, type ScaledDecimal } from '../exact/index.js';
import { monthProblem, parseMonth } from '../month/index.js';
import type { NumberedDecimal } from '../subscriptionColumns/index.js';
import { dateKeyInstant, parseInstant, plainDateKey } from '../time/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';

/** A JSON object as read from input. */
export type JsonRecord = Record<string, unknown>;

/**
 * A decimal as validation read it: the value, a number that is the same for
 * every read of the same input value (so subscriptions' terms are told apart
 * by numbers, not digits), and the bounds the large sections check.
 */
export interface ReadDecimal extends NumberedDecimal {
  /** value ≥ 0 */
  readonly nonNegative: boolean;
  /** value ≤ 1 */
  readonly atMostOne: boolean;
}

/** Numbers below this are the constants' ({@link ONE_READ}, {@link ZERO_READ}); each value read gets the next. */
const FIRST_READ_DECIMAL_ID = 2;

/** 1, the default of a quantity and the rate of the dataset currency. */
export const ONE_READ: ReadDecimal = { value: { units: 1n, scale: 0 }, id: 0, nonNegative: true, atMostOne: true };
/** 0, the default discount. */
export const ZERO_READ: ReadDecimal = { value: { units: 0n, scale: 0 }, id: 1, nonNegative: true, atMostOne: true };

/**
 * Reads typed fields out of untrusted JSON and collects every problem with its
 * path instead of stopping at the first. Each dataset section, and the
 * report options, are validated with the same reader so messages read alike
 * everywhere. Nothing throws: the caller turns `issues` into a
 * `RevkitValidationError` once everything has been read.
 *
 * @example
 * const reader = new FieldReader()
 * const row = reader.record({ amount: '12.5', months: 0 }, 'deals[0]')
 * reader.decimal(row!, 'amount', 'deals[0]', { min: 0 }) //=> { units: 125n, scale: 1 }
 * reader.integer(row!, 'months', 'deals[0]', { min: 1 }) //=> undefined
 * reader.issues //=> [{ path: 'deals[0].months', message: 'must be at least 1, got 0' }]
 * if (reader.issues.length > 0) throw new RevkitValidationError(reader.issues)
 * @throws never: every problem is recorded in `issues`
 */
export class FieldReader {
  readonly issues: ValidationIssue[] = [];
  // Datasets repeat the same prices and dates many times: parse each once.
  private readonly decimals = new Map<unknown, ReadDecimal | string>();
  private readonly instants = new Map<unknown, number | string>();
  private nextDecimalId = FIRST_READ_DECIMAL_ID;

  /**
   * A present value read as an instant (epoch ms), or the message saying why
   * it is not one: a plain date is read in place, anything else parsed once
   * per distinct value. The fast paths of the large sections read through it
   * and record nothing.
   */
  parsedInstant(value: unknown): number | string {
    if (typeof value === 'string') {
      const key = plainDateKey(value);
      if (key >= 0) return dateKeyInstant(key);
    }
    let parsed = this.instants.get(value);
    if (parsed === undefined) {
      parsed = parseInstant(value);
      this.instants.set(value, parsed);
    }
    return parsed;
  }

  /** A present value read as an exact decimal, or the message saying why it is not one; parsed once per distinct value. */
  parsedDecimal(value: unknown): ScaledDecimal | string {
    const read = this.readDecimal(value);
    return typeof read === 'string' ? read : read.value;
  }

  /**
   * {@link FieldReader.parsedDecimal} with the value's number (the same for
   * every read of the same input value, so subscription terms are told apart
   * by numbers) and its bounds checked once.
   */
  readDecimal(value: unknown): ReadDecimal | string {
    // The usual quantity and discount, read without a lookup (their number is the constants').
    if (value === 1) return ONE_READ;
    if (value === 0) return ZERO_READ;
    let read = this.decimals.get(value);
    if (read === undefined) {
      const parsed = parseDecimal(value);
      read =
        typeof parsed === 'string'
          ? parsed
          : { value: parsed, id: this.nextDecimalId++, nonNegative: parsed.units >= 0n, atMostOne: compareScaled(parsed, 1) <= 0 };
      this.decimals.set(value, read);
    }
    return read;
  }

  /** Records a problem at a path. */
  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** The value as a JSON object, or a recorded problem. */
  record(value: unknown, path: string): JsonRecord | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as JsonRecord;
    this.fail(path, `must be an object, got ${describeValue(value)}`);
    return undefined;
  }

  /** The optional array section `key` of `parent` (absent or null reads as empty). */
  section(parent: JsonRecord, key: string): unknown[] {
    const value = parent[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.fail(key, `must be an array, got ${describeValue(value)}`);
    return [];
  }

  /** A non-empty string field. */
  string(obj: JsonRecord, key: string, path: string, required: true): string | undefined;
  string(obj: JsonRecord, key: string, path: string, required: false): string | null | undefined;
  string(obj: JsonRecord, key: string, path: string, required: boolean): string | null | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (required) this.fail(`${path}.${key}`, 'is required');
      return required ? undefined : null;
    }
    if (!isNonBlankString(value)) {
      this.fail(`${path}.${key}`, `must be a non-empty string, got ${describeValue(value)}`);
      return undefined;
    }
    return value;
  }

  /**
   * The required `id` of `section[index]`, checked unique within the section:
   * a duplicate is reported with the index of the record that had it first.
   */
  uniqueId(obj: JsonRecord, section: string, index: number, seen: IdLookup): string | undefined {
    const path = `${section}[${index}]`;
    const id = this.string(obj, 'id', path, true);
    if (id === undefined) return undefined;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else this.fail(`${path}.id`, `duplicates ${section}[${first}].id ${describeValue(id)}`);
    return id;
  }

  /** One of a fixed set of strings. */
  oneOf<T extends string>(obj: JsonRecord, key: string, path: string, allowed: readonly T[]): T | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      this.fail(`${path}.${key}`, 'is required');
      return undefined;
    }
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(`${path}.${key}`, `must be one of ${allowed.join(', ')}, got ${describeValue(value)}`);
      return undefined;
    }
    return value as T;
  }

  /** An ISO date or date-time as epoch ms; `null` when optional and absent. */
  instant(obj: JsonRecord, key: string, path: string, required: true): number | undefined;
  instant(obj: JsonRecord, key: string, path: string, required: false): number | null | undefined;
  instant(obj: JsonRecord, key: string, path: string, required: boolean): number | null | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (required) this.fail(`${path}.${key}`, 'is required');
      return required ? undefined : null;
    }
    const parsed = this.parsedInstant(value);
    if (typeof parsed === 'string') {
      this.fail(`${path}.${key}`, parsed);
      return undefined;
    }
    return parsed;
  }

  /** An exact decimal within bounds; `fallback` when absent. */
  decimal(
    obj: JsonRecord,
    key: string,
    path: string,
    bounds: { min?: number; max?: number; minExclusive?: boolean; fallback?: ScaledDecimal },
  ): ScaledDecimal | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (bounds.fallback) return bounds.fallback;
      this.fail(`${path}.${key}`, 'is required');
      return undefined;
    }
    return this.decimalValue(value, `${path}.${key}`, bounds);
  }

  /** {@link FieldReader.decimal} with the value's number (see {@link FieldReader.readDecimal}). */
  numberedDecimal(
    obj: JsonRecord,
    key: string,
    path: string,
    bounds: { min?: number; max?: number; minExclusive?: boolean; fallback?: ReadDecimal },
  ): ReadDecimal | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (bounds.fallback) return bounds.fallback;
      this.fail(`${path}.${key}`, 'is required');
      return undefined;
    }
    return this.checkedDecimal(value, `${path}.${key}`, bounds);
  }

  /** An exact decimal value checked against bounds. */
  decimalValue(
    value: unknown,
    path: string,
    bounds: { min?: number; max?: number; minExclusive?: boolean },
  ): ScaledDecimal | undefined {
    return this.checkedDecimal(value, path, bounds)?.value;
  }

  /** {@link FieldReader.decimalValue} with the value's number (see {@link FieldReader.readDecimal}). */
  checkedDecimal(
    value: unknown,
    path: string,
    bounds: { min?: number; max?: number; minExclusive?: boolean },
  ): ReadDecimal | undefined {
    const read = this.readDecimal(value);
    if (typeof read === 'string') {
      this.fail(path, read);
      return undefined;
    }
    const parsed = read.value;
    const { min, max, minExclusive } = bounds;
    if (min !== undefined) {
      const below = compareScaled(parsed, min);
      if (below < 0 || (minExclusive && below === 0)) {
        this.fail(path, `must be ${minExclusive ? 'greater than' : 'at least'} ${min}, got ${typeof value === 'number' ? value : describeValue(value)}`);
        return undefined;
      }
    }
    if (max !== undefined && compareScaled(parsed, max) > 0) {
      this.fail(path, `must be at most ${max}, got ${typeof value === 'number' ? value : describeValue(value)}`);
      return undefined;
    }
    return read;
  }

  /** An integer in [min, max]; `fallback` when absent. */
  integer(obj: JsonRecord, key: string, path: string, bounds: { min: number; max?: number; fallback?: number }): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (bounds.fallback !== undefined) return bounds.fallback;
      this.fail(`${path}.${key}`, 'is required');
      return undefined;
    }
    return this.integerValue(value, `${path}.${key}`, bounds);
  }

  /** An integer value checked against [min, max]. */
  integerValue(value: unknown, path: string, bounds: { min: number; max?: number }): number | undefined {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      this.fail(path, `must be an integer, got ${describeValue(value)}`);
      return undefined;
    }
    if (value < bounds.min || (bounds.max !== undefined && value > bounds.max)) {
      const range = bounds.max === undefined ? `at least ${bounds.min}` : `between ${bounds.min} and ${bounds.max}`;
      this.fail(path, `must be ${range}, got ${value}`);
      return undefined;
    }
    return value;
  }

  /** A finite JavaScript number (not a string) checked against bounds, for numeric options such as weights. */
  numberValue(value: unknown, path: string, bounds: { min?: number; max?: number }): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(path, `must be a finite number, got ${describeValue(value)}`);
      return undefined;
    }
    if ((bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max)) {
      this.fail(path, `must be ${bounds.min !== undefined && value < bounds.min ? `at least ${bounds.min}` : `at most ${bounds.max}`}, got ${value}`);
      return undefined;
    }
    return value;
  }
}

keepShape(new FieldReader());

/**
 * Reads a `YYYY-MM` month field as a month index (see `parseMonth`).
 *
 * @example
 * readMonth(new FieldReader(), { month: '2024-03' }, 'month', 'costs[0]') //=> 24290
 * @throws never: a bad month is recorded on the reader
 */
export function readMonth(reader: FieldReader, obj: JsonRecord, key: string, path: string): number | undefined {
  const value = obj[key];
  if (value === undefined || value === null) {
    reader.fail(`${path}.${key}`, 'is required');
    return undefined;
  }
  const index = parseMonth(value);
  if (index === null) reader.fail(`${path}.${key}`, monthProblem(value));
  return index ?? undefined;
}

const POWERS_OF_TEN: bigint[] = [];

/**
 * Compares a scaled decimal with a small integer bound: −1, 0 or 1.
 *
 * @example
 * compareScaled({ units: 15n, scale: 1 }, 1) //=> 1 (1.5 > 1)
 * @throws never
 */
export function compareScaled(value: ScaledDecimal, bound: number): number {
  if (bound === 0) return value.units < 0n ? -1 : value.units > 0n ? 1 : 0;
  const power = (POWERS_OF_TEN[value.scale] ??= 10n ** BigInt(value.scale));
  const scaledBound = BigInt(bound) * power;
  return value.units < scaledBound ? -1 : value.units > scaledBound ? 1 : 0;
}

/**
 * Tells whether a value is a string with something other than white space.
 * Ids start with a printable ASCII character almost always: that answers
 * without `trim`, which would scan (and may copy) the string.
 *
 * @example
 * isNonBlankString('cus_1') //=> true
 * isNonBlankString(' \t') //=> false
 * @throws never
 */
export function isNonBlankString(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || value.trim() !== '';
}

/** Where {@link FieldReader.uniqueId} keeps the index each id was first seen at: a `Map` or an `IdTable`. */
export interface IdLookup {
  get(id: string): number | undefined;
  set(id: string, index: number): void;
}

/** ISO 4217 shape: three capital letters. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
