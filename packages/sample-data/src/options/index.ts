import { formatMonth, LAST_SUPPORTED_MONTH, parseMonth } from '@revkit/core';
import { REVOPS_DEFAULTS, type CheckedRevOpsOptions, type RevOpsOptions } from '../revops/index.js';

/** Options of {@link generateDataset}. */
export interface GenerateDatasetOptions {
  /** Any safe integer; the same seed (and options) gives byte-identical data. */
  seed: number;
  /** Number of customers, from 10 to 1 000 000. */
  customers: number;
  /** Number of months the data covers, at least 1. */
  months: number;
  /** First month, `YYYY-MM`. */
  start: string;
  /**
   * The optional RevOps sections (`costs`, `leads`, `activities`, `usage`):
   * `true` (the default) with the default volumes, an object to size them,
   * `false` for the contract's sections only.
   * @default true
   */
  revops?: boolean | RevOpsOptions;
}

/** Options after checking, with the start as a month index (see `parseMonth`). */
export interface CheckedOptions {
  seed: number;
  customers: number;
  months: number;
  /** Month index of the first month. */
  startMonth: number;
  /** The RevOps sections' options, `null` for none. */
  revops: CheckedRevOpsOptions | null;
}

/** The smallest and largest customer counts the generator accepts. */
export const CUSTOMER_LIMITS = { min: 10, max: 1_000_000 } as const;


/**
 * Checks the generator's options and says which one is wrong.
 *
 * @example
 * checkOptions({ seed: 1, customers: 500, months: 36, start: '2023-11' })
 * //=> { seed: 1, customers: 500, months: 36, startMonth: 24285 }
 * @throws {TypeError} when options is not an object or a field has the wrong type
 * @throws {RangeError} when a field is out of range, naming it (e.g. `options.customers`)
 */
export function checkOptions(options: GenerateDatasetOptions): CheckedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('generateDataset: options must be an object { seed, customers, months, start }');
  }
  const { seed, customers, months, start } = options;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new TypeError(`generateDataset: options.seed must be a safe integer, got ${show(seed)}`);
  }
  if (typeof customers !== 'number' || !Number.isInteger(customers)) {
    throw new TypeError(`generateDataset: options.customers must be an integer, got ${show(customers)}`);
  }
  if (customers < CUSTOMER_LIMITS.min || customers > CUSTOMER_LIMITS.max) {
    throw new RangeError(
      `generateDataset: options.customers must be from ${CUSTOMER_LIMITS.min} to ${CUSTOMER_LIMITS.max}, got ${customers}`,
    );
  }
  if (typeof months !== 'number' || !Number.isInteger(months)) {
    throw new TypeError(`generateDataset: options.months must be an integer, got ${show(months)}`);
  }
  if (months < 1) throw new RangeError(`generateDataset: options.months must be at least 1, got ${months}`);
  const startMonth = parseMonth(start);
  if (startMonth === null) {
    throw new RangeError(`generateDataset: options.start must be a month as YYYY-MM, got ${show(start)}`);
  }
  if (startMonth < 1970 * 12) {
    throw new RangeError(`generateDataset: options.start must be 1970-01 or later, got ${show(start)}`);
  }
  // The data must stay inside the months the engine supports (dates up to 9998-12).
  if (startMonth + months - 1 > LAST_SUPPORTED_MONTH) {
    throw new RangeError(`generateDataset: options.months runs past ${formatMonth(LAST_SUPPORTED_MONTH)} from ${start} (got ${months})`);
  }
  return { seed, customers, months, startMonth, revops: checkRevOps(options.revops) };
}

function checkRevOps(revops: GenerateDatasetOptions['revops']): CheckedRevOpsOptions | null {
  if (revops === undefined || revops === true) return { ...REVOPS_DEFAULTS };
  if (revops === false) return null;
  if (typeof revops !== 'object' || revops === null || Array.isArray(revops)) {
    throw new TypeError(`generateDataset: options.revops must be a boolean or an object, got ${show(revops)}`);
  }
  const checked = { ...REVOPS_DEFAULTS };
  for (const key of ['recentMonths', 'maxLeads', 'usageCustomers'] as const) {
    const value = revops[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw new TypeError(`generateDataset: options.revops.${key} must be an integer, got ${show(value)}`);
    }
    if (value < (key === 'recentMonths' ? 1 : 0)) {
      throw new RangeError(`generateDataset: options.revops.${key} must be at least ${key === 'recentMonths' ? 1 : 0}, got ${value}`);
    }
    checked[key] = value;
  }
  return checked;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}
