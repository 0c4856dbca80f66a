import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isRevkitValidationError, type ValidationIssue } from '@revkit/core';
import { CSV_SECTIONS, datasetFromCsv, type CsvFiles, type ImportResult } from '@revkit/import';
import { EXIT_USAGE, fail, type CliCommand, type CliIo } from '../io.js';

const IMPORT_USAGE = `Usage: revkit import csv --currency CODE --subscriptions FILE [--deals FILE] [--surveys FILE]
                  [--funnel FILE] [--costs FILE] [--map field=column,…] [--set field=value,…] [--fx USD=0.92,…]

  Writes a dataset in the revkit report contract format (JSON) to stdout,
  warnings to stderr; on bad input, one "file:line column: message" line per
  problem on stderr and nothing on stdout.

  csv              CSV files, one per section; columns named like the contract's
                   fields (camelCase or snake_case) need no --map
  --currency CODE  the reporting currency (ISO 4217)
  --map f=col      take field f from column col (repeatable; deals.amount=col for one file)
  --set f=value    a constant for a column the file lacks, e.g. interval=month
  --fx CODE=rate   1 CODE = rate of the reporting currency (repeatable)
`;

/** `revkit import`: a dataset from CSV files (and Stripe exports), on stdout. */
export const importCommand: CliCommand = { usage: IMPORT_USAGE, run: runImport };

/** The options a subcommand accepts: which take a value, which may repeat (comma lists). */
const CSV_OPTIONS = new Set(['--currency', '--map', '--set', '--fx', ...CSV_SECTIONS.map((section) => `--${section}`)]);
const LIST_OPTIONS = new Set(['--map', '--set', '--fx']);

async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const [source, ...rest] = args;
  if (source !== 'csv') return usageError(io, source === undefined ? 'missing source: csv' : `unknown source: ${source}`);
  const parsed = parseOptions(rest, CSV_OPTIONS);
  if (typeof parsed === 'string') return usageError(io, parsed);
  return runCsv(parsed, io);
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
    try {
      files[section] = { name: basename(path), text: await readFile(path, 'utf8') };
    } catch (error) {
      issues.push({ path, message: `cannot read the file: ${(error as Error).message}` });
    }
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
  if (result.warnings.length > 0) io.stderr(result.warnings.map((warning) => `warning: ${warning}\n`).join(''));
  io.stdout(`${JSON.stringify(result.dataset, null, 2)}\n`);
  return 0;
}

interface ParsedOptions {
  /** Options given once, by flag. */
  single: Map<string, string>;
  /** Repeatable options, every comma-separated item of every occurrence. */
  lists: Map<string, string[]>;
}

/** Reads `--flag value` and `--flag=value` pairs; a string is a usage error. */
function parseOptions(args: readonly string[], known: ReadonlySet<string>): ParsedOptions | string {
  const parsed: ParsedOptions = { single: new Map(), lists: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) return `unexpected argument: ${arg}`;
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (!known.has(flag)) return `unknown option: ${flag}`;
    const value = inline ?? args[++i];
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
      issues.push({ path: flag, message: `must be KEY=VALUE, got ${JSON.stringify(item)}` });
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
