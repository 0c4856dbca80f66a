import { isRevkitValidationError, RevkitValidationError, validateDataset, type Dataset, type DecimalInput, type ValidationIssue } from '@revkit/core';
import type { ImportResult } from '../types.js';
import { CSV_FIELDS, matchingColumns, CSV_SECTIONS, type CsvField, type CsvSection } from './fields.js';
import { parseCsv, type CsvFile, type CsvTable } from './parseCsv.js';

/** The CSV files of a dataset, one per section; each is optional. */
export type CsvFiles = Partial<Record<CsvSection, CsvFile>>;

/** How CSV columns become the contract's fields. */
export interface CsvImportOptions {
  /** ISO 4217 reporting currency of the dataset, e.g. `"EUR"`. */
  currency: string;
  /** Rates into the reporting currency, as in the dataset: `{ USD: "0.92" }` means 1 USD = 0.92 of it. */
  fxRates?: Record<string, DecimalInput>;
  /**
   * Field → column renames, e.g. `{ customerId: 'account_id' }`. A key
   * `section.field` (`deals.amount`) limits a rename to one file; a bare
   * field applies to every file that has the field.
   */
  map?: Record<string, string>;
  /** Field → constant for a column the files lack, e.g. `{ interval: 'month' }`; keys as in `map`. */
  set?: Record<string, string>;
}

/** Where one field's values come from in one file. */
type FieldSource = { field: CsvField; column: number; columnName: string } | { field: CsvField; constant: string };

/**
 * Turns CSV files into a revkit dataset. Columns named like the contract's
 * fields (camelCase or snake_case, plus a few common aliases such as
 * `start_date`) need no map; `map` renames, `set` gives a constant for a
 * missing column. Every cell is checked by the contract's own validation
 * and every problem is reported at once as `file:line column: message`;
 * nothing is returned unless the whole dataset is valid.
 *
 * @example
 * const { dataset } = datasetFromCsv(
 *   { subscriptions: { name: 'subs.csv', text: 'id,customer_id,start,amount\ns1,c1,2024-01-01,49.90\n' } },
 *   { currency: 'EUR', set: { interval: 'month' } },
 * )
 * dataset.subscriptions //=> [{ id: 's1', customerId: 'c1', start: '2024-01-01', amount: '49.90', interval: 'month' }]
 * @throws {RevkitValidationError} listing every problem (`subscriptions.csv:14 amount: must be a decimal…`)
 * @throws {TypeError} when `options` is not an object, from untyped JavaScript (`datasetFromCsv: options must be …`)
 */
export function datasetFromCsv(files: CsvFiles, options: CsvImportOptions): ImportResult {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`datasetFromCsv: options must be an object with the dataset's currency ({ currency: 'EUR' }), got ${options === null ? 'null' : typeof options}`);
  }
  const issues: ValidationIssue[] = [];
  const warnings: string[] = [];
  const given = CSV_SECTIONS.filter((section) => files[section] !== undefined);
  issues.push(...optionKeyIssues('--map', options.map, given), ...optionKeyIssues('--set', options.set, given));

  const dataset: Dataset = { currency: options.currency };
  if (options.fxRates !== undefined) dataset.fxRates = options.fxRates;
  /** Per section: the file, the line of each record, and the source of each field, to name problems. */
  const located = new Map<CsvSection, { file: CsvFile; table: CsvTable; sources: FieldSource[] }>();

  for (const section of given) {
    const file = files[section];
    if (file === undefined) continue; // not given (given lists the files there are)
    const table = parseCsv(file);
    if (Array.isArray(table)) {
      issues.push(...table);
      continue;
    }
    const sources = resolveSources(section, file, table, options, issues, warnings);
    if (sources === null) continue;
    located.set(section, { file, table, sources });
    const records = table.rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (const source of sources) {
        const raw = 'constant' in source ? source.constant : (row[source.column] ?? '');
        const value = cellValue(source.field, raw.trim(), table.delimiter);
        if (value !== undefined) record[source.field.name] = value;
      }
      return record;
    });
    (dataset as unknown as Record<string, unknown>)[section] = records;
  }
  if (issues.length > 0) throw new RevkitValidationError(issues);

  try {
    validateDataset(dataset);
  } catch (error) {
    if (!isRevkitValidationError(error)) throw error;
    // A bad --set constant is wrong on every row: say it once.
    const lines = new Map<string, ValidationIssue>();
    for (const issue of error.issues.map((found) => locateIssue(found, located))) lines.set(`${issue.path}\n${issue.message}`, issue);
    throw new RevkitValidationError([...lines.values()]);
  }
  return { dataset, warnings };
}

/** Problems with `--map`/`--set` keys: each must name a field of a section whose file is given. */
function optionKeyIssues(flag: string, entries: Record<string, string> | undefined, sections: readonly CsvSection[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(entries ?? {})) {
    const [section, field] = key.includes('.') ? (key.split('.', 2) as [string, string]) : [undefined, key];
    if (section !== undefined && !(sections as readonly string[]).includes(section)) {
      issues.push({ path: `${flag} ${key}`, message: `no ${section} file is given (files: ${sections.join(', ') || 'none'})` });
      continue;
    }
    const scope = section === undefined ? sections : [section as CsvSection];
    if (!scope.some((name) => CSV_FIELDS[name].some((spec) => spec.name === field))) {
      const known = [...new Set(scope.flatMap((name) => CSV_FIELDS[name].map((spec) => spec.name)))];
      issues.push({ path: `${flag} ${key}`, message: `is not a field of ${scope.join(', ') || 'any given file'} (fields: ${known.join(', ')})` });
    }
  }
  return issues;
}

/** The value of a `section.field` or `field` key of `--map`/`--set`, the section-specific one first. */
function optionFor(entries: Record<string, string> | undefined, section: CsvSection, field: string): string | undefined {
  if (entries === undefined) return undefined;
  const scoped = `${section}.${field}`;
  if (Object.hasOwn(entries, scoped)) return entries[scoped];
  return Object.hasOwn(entries, field) ? entries[field] : undefined;
}

/** Finds the column (or constant) of every field of a file; records problems and ignored columns. */
function resolveSources(
  section: CsvSection,
  file: CsvFile,
  table: CsvTable,
  options: CsvImportOptions,
  issues: ValidationIssue[],
  warnings: string[],
): FieldSource[] | null {
  const before = issues.length;
  const sources: FieldSource[] = [];
  const used = new Set<number>();
  for (const field of CSV_FIELDS[section]) {
    const mapped = optionFor(options.map, section, field.name);
    const constant = optionFor(options.set, section, field.name);
    if (mapped !== undefined && constant !== undefined) {
      issues.push({ path: `--map ${field.name}`, message: `and --set ${field.name} both given: keep one` });
      continue;
    }
    if (constant !== undefined) {
      sources.push({ field, constant });
      continue;
    }
    if (mapped !== undefined) {
      const column = table.header.indexOf(mapped);
      if (column === -1) {
        issues.push({ path: `--map ${field.name}`, message: `${file.name} has no column ${JSON.stringify(mapped)} (columns: ${table.header.join(', ')})` });
      } else {
        sources.push({ field, column, columnName: mapped });
        used.add(column);
      }
      continue;
    }
    const matches = matchingColumns(field, table.header);
    const [column] = matches;
    const columnName = column === undefined ? undefined : table.header[column];
    if (column === undefined || columnName === undefined) {
      if (field.required) {
        issues.push({
          path: file.name,
          message: `has no column for ${field.name} (name one ${[field.name, ...(field.aliases ?? [])].join(' or ')}, or give --map ${field.name}=COLUMN or --set ${field.name}=VALUE)`,
        });
      }
      continue;
    }
    if (matches.length > 1) {
      issues.push({ path: file.name, message: `has several columns for ${field.name} (${matches.map((i) => table.header[i]).join(', ')}): choose one with --map ${field.name}=COLUMN` });
      continue;
    }
    sources.push({ field, column, columnName });
    used.add(column);
  }
  const ignored = table.header.filter((_, index) => !used.has(index));
  if (ignored.length > 0) warnings.push(`${file.name}: columns not imported: ${ignored.join(', ')}`);
  return issues.length === before ? sources : null;
}

/**
 * A cell as a dataset value: an empty cell is absent (or `null` where the
 * contract says so); integers become numbers; anything that does not look
 * like its kind stays a string so the contract's validation names it.
 */
function cellValue(field: CsvField, cell: string, delimiter: string): unknown {
  if (cell === '') return field.nullable ? null : undefined;
  if (field.kind === 'integer') return /^[+-]?\d+$/.test(cell) ? Number(cell) : cell;
  // In `;`-separated files (spreadsheets in comma-decimal locales) `49,90` means 49.90.
  if (field.kind === 'decimal' && delimiter === ';' && /^[+-]?\d+,\d+$/.test(cell)) return cell.replace(',', '.');
  return cell;
}

/** A contract issue (`subscriptions[3].end`) named by file, line and column (`subs.csv:5 end_date`). */
function locateIssue(
  issue: ValidationIssue,
  located: ReadonlyMap<CsvSection, { file: CsvFile; table: CsvTable; sources: FieldSource[] }>,
): ValidationIssue {
  const lineOf = (section: string, index: string) => {
    const found = located.get(section as CsvSection);
    return found ? `${found.file.name}:${found.table.lines[Number(index)] ?? Number(index) + 2}` : `${section}[${index}]`;
  };
  const message = issue.message.replace(/\b([a-z]+)\[(\d+)\]\.\w+/g, (_, section: string, index: string) => `line ${lineOf(section, index).split(':').pop()}`);
  if (issue.path === 'currency') return { path: '--currency', message };
  if (issue.path.startsWith('fxRates')) return { path: `--fx ${issue.path.slice('fxRates.'.length)}`.trimEnd(), message };
  const match = /^([a-z]+)\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
  if (!match) return { path: issue.path, message };
  const [, section, index, fieldName] = match as unknown as [string, string, string, string | undefined];
  const source = located.get(section as CsvSection)?.sources.find((candidate) => candidate.field.name === fieldName);
  const where = lineOf(section, index);
  if (source === undefined) return { path: where, message: fieldName === undefined ? message : `${fieldName} ${message}` };
  return 'constant' in source ? { path: `--set ${fieldName}`, message } : { path: `${where} ${source.columnName}`, message };
}
