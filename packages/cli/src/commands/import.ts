import { basename } from 'node:path';
import { isRevkitValidationError, printable, PRINTABLE_LENGTH, type ValidationIssue } from '@revkit/core';
import { CSV_SECTIONS, datasetFromCsv, datasetFromStripe, type CsvFiles, type ImportResult, type StripeExport } from '@revkit/import';
import { EXIT_USAGE, fail, printableJson, readTextInput, type CliCommand, type CliIo } from '../io.js';
import { fetchStripeExport, readStripeDir, type StripeEndpoint } from '../stripeExport.js';

const IMPORT_USAGE = `Usage: revkit import csv --currency CODE --subscriptions FILE [--deals FILE] [--surveys FILE]
                  [--funnel FILE] [--costs FILE] [--map field=column,…] [--set field=value,…] [--fx USD=0.92,…]
       revkit import stripe --currency CODE (--dir DIR | --api-key-env VAR) [--fx USD=0.92,…] [--exclude-unpaid]

  Writes a dataset in the revkit report contract format (JSON) to stdout,
  warnings to stderr; on bad input, one "file:line column: message" line per
  problem on stderr and nothing on stdout.

  csv              CSV files, one per section; columns named like the contract's
                   fields (camelCase or snake_case) need no --map
  --currency CODE  the reporting currency (ISO 4217)
  --map f=col      take field f from column col (repeatable; deals.amount=col for one file)
  --set f=value    a constant for a column the file lacks, e.g. interval=month
  --fx CODE=rate   1 CODE = rate of the reporting currency (repeatable)

  stripe           Stripe subscriptions (and optional invoices, customers, prices);
                   the conventions are in docs/import-stripe.md
  --dir DIR        the list responses saved in DIR: subscriptions*.json, invoices*.json,
                   customers*.json, prices*.json, each { "object": "list", "data": [...] }
  --api-key-env VAR  fetch the same lists live with the secret key in environment variable VAR
  --api-base URL   with --api-key-env: another API address (e.g. a local stripe-mock)
  --exclude-unpaid leave unpaid subscriptions out (they count by default, like past_due)
`;

/** `revkit import csv|stripe`: a dataset from CSV files or a Stripe export, on stdout. */
export const importCommand: CliCommand = { usage: IMPORT_USAGE, run: runImport };

/** The options a subcommand accepts: which take a value, which may repeat (comma lists). */
const CSV_OPTIONS = new Set(['--currency', '--map', '--set', '--fx', ...CSV_SECTIONS.map((section) => `--${section}`)]);
const STRIPE_OPTIONS = new Set(['--currency', '--fx', '--dir', '--api-key-env', '--api-base', '--exclude-unpaid']);
const LIST_OPTIONS = new Set(['--map', '--set', '--fx']);
/** Options that take no value. */
const FLAG_OPTIONS = new Set(['--exclude-unpaid']);

async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const [source, ...rest] = args;
  if (source !== 'csv' && source !== 'stripe') {
    return usageError(io, source === undefined ? 'missing source: csv or stripe' : `unknown source: ${printable(source)}`);
  }
  const parsed = parseOptions(rest, source === 'csv' ? CSV_OPTIONS : STRIPE_OPTIONS);
  if (typeof parsed === 'string') return usageError(io, parsed);
  return source === 'csv' ? runCsv(parsed, io) : runStripe(parsed, io);
}

async function runStripe(options: ParsedOptions, io: CliIo): Promise<number> {
  const currency = options.single.get('--currency');
  if (currency === undefined) return usageError(io, '--currency: is required (the reporting currency, e.g. EUR)');
  const dir = options.single.get('--dir');
  const keyVariable = options.single.get('--api-key-env');
  if ((dir === undefined) === (keyVariable === undefined)) return usageError(io, 'give one of --dir DIR or --api-key-env VAR');
  if (options.single.has('--api-base') && keyVariable === undefined) return usageError(io, '--api-base: only with --api-key-env');
  const issues: ValidationIssue[] = [];
  const fxRates = pairs('--fx', options.lists.get('--fx'), issues);
  let endpoint: StripeEndpoint = {};
  const base = options.single.get('--api-base');
  if (base !== undefined) {
    const parsed = apiEndpoint(base);
    if (typeof parsed === 'string') issues.push({ path: '--api-base', message: parsed });
    else endpoint = parsed;
  }
  const apiKey = keyVariable === undefined ? undefined : process.env[keyVariable];
  if (keyVariable !== undefined && !apiKey) issues.push({ path: '--api-key-env', message: `environment variable ${keyVariable} is not set` });
  if (issues.length > 0) return fail(io, issues);

  let stripeExport: StripeExport;
  if (dir !== undefined) {
    const read = await readStripeDir(dir);
    if (Array.isArray(read)) return fail(io, read);
    stripeExport = read;
  } else if (apiKey) {
    try {
      stripeExport = await fetchStripeExport(apiKey, endpoint);
    } catch (error) {
      return fail(io, [{ path: 'stripe', message: `the API request failed: ${(error as Error).message}` }]);
    }
  } else {
    return usageError(io, 'give one of --dir DIR or --api-key-env VAR'); // the checks above make this unreachable
  }
  const stripeOptions = { currency, excludeUnpaid: options.flags.has('--exclude-unpaid'), ...(options.lists.has('--fx') ? { fxRates } : {}) };
  return writeResult(io, () => datasetFromStripe(stripeExport, stripeOptions));
}

/** `--api-base http://127.0.0.1:12111` as the SDK's host, port and protocol. */
function apiEndpoint(base: string): StripeEndpoint | string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return `must be a URL such as http://127.0.0.1:12111, got ${JSON.stringify(base)}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must be an http or https URL, got ${JSON.stringify(base)}`;
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port === '' ? (protocol === 'http' ? 80 : 443) : Number(url.port), protocol };
}

async function runCsv(options: ParsedOptions, io: CliIo): Promise<number> {
  const currency = options.single.get('--currency');
  if (currency === undefined) return usageError(io, '--currency: is required (the reporting currency, e.g. EUR)');
  if (!CSV_SECTIONS.some((section) => options.single.has(`--${section}`))) {
    return usageError(io, `give at least one file: ${CSV_SECTIONS.map((section) => `--${section} FILE`).join(', ')}`);
  }
  const issues: ValidationIssue[] = [];
  const map = pairs('--map', options.lists.get('--map'), issues);
  const set = pairs('--set', options.lists.get('--set'), issues);
  const fxRates = pairs('--fx', options.lists.get('--fx'), issues);
  const files: CsvFiles = {};
  for (const section of CSV_SECTIONS) {
    const path = options.single.get(`--${section}`);
    if (path === undefined) continue;
    const input = await readTextInput(path, io);
    if ('text' in input) files[section] = { name: basename(path), text: input.text };
    else issues.push(input);
  }
  if (issues.length > 0) return fail(io, issues);
  return writeResult(io, () => datasetFromCsv(files, { currency, map, set, ...(options.lists.has('--fx') ? { fxRates } : {}) }));
}

/** Runs an importer: the dataset on stdout and warnings on stderr, or its problems and nothing on stdout. */
function writeResult(io: CliIo, importer: () => ImportResult): number {
  let result: ImportResult;
  try {
    result = importer();
  } catch (error) {
    if (!isRevkitValidationError(error)) throw error;
    return fail(io, error.issues);
  }
  if (result.warnings.length > 0) io.stderr(result.warnings.map((warning) => `warning: ${printable(warning, 4 * PRINTABLE_LENGTH)}\n`).join(''));
  io.stdout(printableJson(result.dataset));
  return 0;
}

interface ParsedOptions {
  /** Options given once, by flag. */
  single: Map<string, string>;
  /** Repeatable options, every comma-separated item of every occurrence. */
  lists: Map<string, string[]>;
  /** Options without a value that were given. */
  flags: Set<string>;
}

/** Reads `--flag value` and `--flag=value` pairs; a string is a usage error. */
function parseOptions(args: readonly string[], known: ReadonlySet<string>): ParsedOptions | string {
  const parsed: ParsedOptions = { single: new Map(), lists: new Map(), flags: new Set() };
  const rest = args[Symbol.iterator]();
  for (const arg of rest) {
    if (!arg.startsWith('--')) return `unexpected argument: ${printable(arg)}`;
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (!known.has(flag)) return `unknown option: ${printable(flag)}`;
    if (FLAG_OPTIONS.has(flag)) {
      if (inline !== undefined) return `${flag}: takes no value`;
      parsed.flags.add(flag);
      continue;
    }
    const value = inline ?? rest.next().value;
    if (value === undefined) return `${flag}: needs a value`;
    if (LIST_OPTIONS.has(flag)) {
      parsed.lists.set(flag, [...(parsed.lists.get(flag) ?? []), ...value.split(',').filter((item) => item !== '')]);
    } else if (parsed.single.has(flag)) {
      return `${flag}: given twice`;
    } else {
      parsed.single.set(flag, value);
    }
  }
  return parsed;
}

/** `key=value` items as a record; a malformed item is a problem named by its flag. */
function pairs(flag: string, items: readonly string[] | undefined, issues: ValidationIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items ?? []) {
    const at = item.indexOf('=');
    if (at <= 0) {
      issues.push({ path: flag, message: `must be KEY=VALUE, got "${printable(item)}"` });
      continue;
    }
    const key = item.slice(0, at).trim();
    if (Object.hasOwn(out, key)) issues.push({ path: `${flag} ${key}`, message: 'is given twice' });
    out[key] = item.slice(at + 1).trim();
  }
  return out;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`${message}\n${IMPORT_USAGE}`);
  return EXIT_USAGE;
}
