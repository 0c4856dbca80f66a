import {
  buildReportFromValid,
  customerBreakdownFromValid,
  buildRevOpsReportFromValid,
  reportRange,
  formatMonth,
  isRevkitValidationError,
  parseMonthRange,
  printable,
  validateDataset,
  type BreakdownSelection,
  type MonthRangeOptions,
  type Report,
  type RevOpsReport,
  type ValidDataset,
  type ValidationIssue,
} from '@revkit/core';
import { formatReportTable } from '../table.js';
import { defaultMaxMemory, EXIT_USAGE, fail, MAX_MEMORY_USAGE, parseMaxMemory, printableJson, readJsonInput, type CliCommand, type CliIo } from '../io.js';
import { DETAIL_SPEC, formatBreakdownTable, parseDetail } from './detail.js';
import { reportFromDatabase } from './reportDb.js';

const REPORT_USAGE = `Usage: revkit report FILE|- [--from YYYY-MM] [--to YYYY-MM] [--format json|table] [--revops]
       revkit report --db URL [--schema FILE.json] [--from YYYY-MM] [--to YYYY-MM] [--format json|table] [--revops]

  FILE            a dataset in the revkit report contract format (JSON); - reads stdin
  --from YYYY-MM  first month of the report (default: the data's first month)
  --to YYYY-MM    last month of the report (default: the data's last month)
  --format        json (default): the contract's report; table: a readable summary,
                  with the RevOps metrics grouped by team when their inputs are present
  --revops        with json: add the RevOps report (costs, leads, activities, usage…) under "revops";
                  with --db (json or table): the RevOps report too, computed in process from the
                  rows read back (the contract's report is always computed inside the database)
  --detail SPEC   instead of the report, the customers behind one figure, with their MRR
                  before and after, summing to it: ${DETAIL_SPEC}
  --db URL        compute the report inside a database loaded by \`revkit load\` (or mapped
                  with --schema): postgres://…, pglite:DIR, duckdb:FILE, chdb:DIR, clickhouse://…
  --schema FILE   with --db: a JSON mapping onto your own tables and columns (docs/sql.md)
  ${MAX_MEMORY_USAGE}
`;

interface ReportArgs {
  /** The dataset file, or null with --db. */
  file: string | null;
  /** --db URL: the report is computed inside that database. */
  db?: string;
  /** --schema FILE: the mapping for --db. */
  schema?: string;
  range: MonthRangeOptions;
  format: 'json' | 'table';
  /** Add the RevOps report to the JSON output (the contract's JSON stays as is without it). */
  revops: boolean;
  /** --detail: print the customers behind this figure instead of the report. */
  detail?: BreakdownSelection;
  /** --max-memory, in bytes: the budget to read FILE in. */
  maxMemory: number;
}

/** `revkit report FILE|-`: the contract's report of a dataset file, as JSON or tables. */
export const reportCommand: CliCommand = { usage: REPORT_USAGE, run: runReport };

async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseReportArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${REPORT_USAGE}`);
    return EXIT_USAGE;
  }

  // Range problems are reported with the dataset's, so check the given bounds now.
  const issues: ValidationIssue[] = givenRangeIssues(parsed.range);
  if (parsed.db !== undefined) {
    if (issues.length > 0) return fail(io, issues);
    return reportFromDatabase({ db: parsed.db, schema: parsed.schema, range: parsed.range, format: parsed.format, revops: parsed.revops }, io);
  }
  if (parsed.file === null) return EXIT_USAGE;

  const read = await readValidDataset(parsed.file, parsed.maxMemory, io);
  // No spread: a dataset may have hundreds of thousands of problems.
  if ('issues' in read) return fail(io, issues.length === 0 ? read.issues : issues.concat(read.issues));
  if (issues.length > 0) return fail(io, issues);
  const { valid } = read;

  let report: Report;
  let revops: RevOpsReport | undefined;
  try {
    const range = resolveCliRange(valid, parsed.range);
    if (parsed.detail !== undefined) {
      const breakdown = customerBreakdownFromValid(valid, parsed.detail, range);
      io.stdout(parsed.format === 'table' ? formatBreakdownTable(breakdown, valid.currency) : printableJson(breakdown));
      return 0;
    }
    report = buildReportFromValid(valid, range);
    if (parsed.format === 'table' || parsed.revops) revops = buildRevOpsReportFromValid(valid, range);
  } catch (error) {
    if (!isRevkitValidationError(error)) throw error;
    return fail(io, error.issues);
  }
  if (parsed.format === 'table') io.stdout(formatReportTable(report, revops));
  else io.stdout(printableJson(revops ? { ...report, revops } : report));
  return 0;
}

/**
 * FILE read and validated, or its problems. The parsed JSON (every record as
 * an object, most of the heap) is let go on return, before the report is
 * built, so the collector may reclaim it while the report runs.
 */
async function readValidDataset(file: string, maxMemory: number, io: CliIo): Promise<{ valid: ValidDataset } | { issues: readonly ValidationIssue[] }> {
  const where = file === '-' ? 'FILE.json' : file;
  const input = await readJsonInput(file, io, {
    maxMemory,
    advice: `load it into DuckDB with revkit load --db duckdb:revenue.duckdb ${where}, then run revkit report --db duckdb:revenue.duckdb`,
  });
  if (!('json' in input)) return { issues: [input] };
  try {
    return { valid: validateDataset(input.json) };
  } catch (error) {
    if (!isRevkitValidationError(error)) throw error;
    return { issues: error.issues };
  }
}

/** The range options' paths in messages. */
const RANGE_PATHS = { from: '--from', to: '--to' };

/**
 * Problems of the bounds given on the command line, before the dataset is
 * read: core's `parseMonthRange` with the CLI's paths. A missing bound takes
 * the given one's value (so the order check passes) and its own problems are
 * dropped: only what was typed is judged here.
 */
function givenRangeIssues(range: MonthRangeOptions): ValidationIssue[] {
  if (range.from === undefined && range.to === undefined) return [];
  try {
    parseMonthRange({ from: range.from ?? range.to, to: range.to ?? range.from }, RANGE_PATHS);
    return [];
  } catch (error) {
    if (!isRevkitValidationError(error)) throw error;
    return error.issues.filter((issue) => range[issue.path === RANGE_PATHS.from ? 'from' : 'to'] !== undefined);
  }
}

/** The report range: core's `reportRange` with the CLI's option names in its problems. */
function resolveCliRange(valid: ValidDataset, given: MonthRangeOptions): Required<MonthRangeOptions> {
  const range = reportRange(valid, given, RANGE_PATHS);
  return { from: formatMonth(range.from), to: formatMonth(range.to) };
}

function parseReportArgs(args: readonly string[]): ReportArgs | string {
  let file: string | undefined;
  const range: MonthRangeOptions = {};
  let format: 'json' | 'table' = 'json';
  let revops = false;
  let db: string | undefined;
  let schema: string | undefined;
  let detail: BreakdownSelection | undefined;
  let maxMemory = defaultMaxMemory();
  const rest = args[Symbol.iterator]();
  for (const arg of rest) {
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s) as [string, string | undefined]) : [arg, undefined];
    if (flag === '--from' || flag === '--to' || flag === '--format' || flag === '--db' || flag === '--schema' || flag === '--detail' || flag === '--max-memory') {
      const value = inline ?? rest.next().value;
      if (value === undefined) return `${flag}: needs a value`;
      if (flag === '--db') db = value;
      else if (flag === '--max-memory') {
        const budget = parseMaxMemory(value);
        if (typeof budget === 'string') return budget;
        maxMemory = budget;
      }
      else if (flag === '--detail') {
        const selection = parseDetail(value);
        if (typeof selection === 'string') return selection;
        detail = selection;
      }
      else if (flag === '--schema') schema = value;
      else if (flag === '--format') {
        if (value !== 'json' && value !== 'table') return `--format: must be json or table, got "${printable(value)}"`;
        format = value;
      } else {
        range[flag === '--from' ? 'from' : 'to'] = value;
      }
    } else if (arg === '--revops') {
      revops = true;
    } else if (arg.startsWith('--')) {
      return `unknown option: ${printable(arg)}`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `unexpected argument: ${printable(arg)}`;
    }
  }
  if (db !== undefined) {
    if (file !== undefined) return `unexpected argument with --db: ${file}`;
    if (revops && schema !== undefined) return "--revops: not available with --schema (it reads the tables of revkit load)";
    if (detail !== undefined) return '--detail: not available with --db';
    return { file: null, db, schema, range, format, revops, maxMemory };
  }
  if (schema !== undefined) return '--schema: needs --db';
  if (file === undefined) return 'missing FILE (a dataset path, or - for stdin)';
  if (detail !== undefined && revops) return '--detail: prints customers, not the report: leave out --revops';
  return { file, range, format, revops, maxMemory, ...(detail === undefined ? {} : { detail }) };
}
