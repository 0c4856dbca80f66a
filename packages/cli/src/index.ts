import { readFile } from 'node:fs/promises';
import {
  buildReportFromValid,
  buildRevOpsReportFromValid,
  formatIssue,
  isRevkitValidationError,
  parseMonth,
  validateDataset,
  type MonthRangeOptions,
  type Report,
  type RevOpsReport,
  type ValidationIssue,
} from '@revkit/core';
import { formatReportTable } from './table.js';

/** Where the CLI writes and reads; injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
}

/** Exit status for bad input (dataset or options) and for bad usage. */
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage: revkit report FILE|- [--from YYYY-MM] [--to YYYY-MM] [--format json|table] [--revops]

  FILE            a dataset in the revkit report contract format (JSON); - reads stdin
  --from YYYY-MM  first month of the report (default: the data's first month)
  --to YYYY-MM    last month of the report (default: the data's last month)
  --format        json (default): the contract's report; table: a readable summary,
                  with the RevOps metrics grouped by team when their inputs are present
  --revops        with json: add the RevOps report (costs, leads, activities, usage…) under "revops"
`;

interface ReportArgs {
  file: string;
  range: MonthRangeOptions;
  format: 'json' | 'table';
  /** Add the RevOps report to the JSON output (the contract's JSON stays as is without it). */
  revops: boolean;
}

/**
 * Runs `revkit` with its arguments. A report goes to stdout; bad input gets
 * one `path: message` line per problem on stderr, nothing on stdout, and a
 * non-zero status.
 *
 * @returns the exit status
 * @example
 * await runCli(['report', 'dataset.json', '--format', 'table'], io) //=> 0
 * @throws never: every failure becomes an exit status and a message
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command !== 'report') {
    io.stderr(`${command === undefined ? 'missing command' : `unknown command: ${command}`}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const parsed = parseReportArgs(rest);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${USAGE}`);
    return EXIT_USAGE;
  }

  const issues: ValidationIssue[] = [];
  for (const key of ['from', 'to'] as const) {
    const value = parsed.range[key];
    if (value !== undefined && parseMonth(value) === null) {
      issues.push({ path: `--${key}`, message: `must be a month as YYYY-MM, got ${JSON.stringify(value)}` });
    }
  }
  if (issues.length === 0 && parsed.range.from !== undefined && parsed.range.to !== undefined) {
    if (parseMonth(parsed.range.from)! > parseMonth(parsed.range.to)!) {
      issues.push({ path: '--from', message: `must not be after --to (${parsed.range.from} > ${parsed.range.to})` });
    }
  }

  let text: string;
  try {
    text = parsed.file === '-' ? await io.readStdin() : await readFile(parsed.file, 'utf8');
  } catch (error) {
    issues.push({ path: parsed.file, message: `cannot read the file: ${(error as Error).message}` });
    return fail(io, issues);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    issues.push({ path: '$', message: `malformed JSON: ${(error as Error).message}` });
    return fail(io, issues);
  }

  let report: Report;
  let revops: RevOpsReport | undefined;
  try {
    const valid = validateDataset(json);
    if (issues.length > 0) return fail(io, issues);
    report = buildReportFromValid(valid, parsed.range);
    if (parsed.format === 'table' || parsed.revops) revops = buildRevOpsReportFromValid(valid, parsed.range);
  } catch (error) {
    if (!isRevkitValidationError(error)) throw error;
    // Range problems found by the engine name the CLI's options.
    issues.push(...error.issues.map((issue) => (issue.path === 'from' || issue.path === 'to' ? { ...issue, path: `--${issue.path}` } : issue)));
    return fail(io, issues);
  }
  if (parsed.format === 'table') io.stdout(formatReportTable(report, revops));
  else io.stdout(`${JSON.stringify(revops ? { ...report, revops } : report, null, 2)}\n`);
  return 0;
}

function fail(io: CliIo, issues: readonly ValidationIssue[]): number {
  io.stderr(issues.map((issue) => `${formatIssue(issue)}\n`).join(''));
  return EXIT_BAD_INPUT;
}

function parseReportArgs(args: readonly string[]): ReportArgs | string {
  let file: string | undefined;
  const range: MonthRangeOptions = {};
  let format: 'json' | 'table' = 'json';
  let revops = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s) as [string, string | undefined]) : [arg, undefined];
    if (flag === '--from' || flag === '--to' || flag === '--format') {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag}: needs a value`;
      if (flag === '--format') {
        if (value !== 'json' && value !== 'table') return `--format: must be json or table, got ${JSON.stringify(value)}`;
        format = value;
      } else {
        range[flag === '--from' ? 'from' : 'to'] = value;
      }
    } else if (arg === '--revops') {
      revops = true;
    } else if (arg.startsWith('--')) {
      return `unknown option: ${arg}`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `unexpected argument: ${arg}`;
    }
  }
  if (file === undefined) return 'missing FILE (a dataset path, or - for stdin)';
  return { file, range, format, revops };
}
