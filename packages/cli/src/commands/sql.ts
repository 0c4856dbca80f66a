import { isRevkitValidationError } from '@revkit/core';
import { compileReport, DIALECTS, type Dialect, type SchemaMapping } from '@revkit/sql';
import { EXIT_USAGE, fail, type CliCommand, type CliIo } from '../io.js';
import { readSchemaFile } from './database.js';

const SQL_USAGE = `Usage: revkit sql --dialect postgres|duckdb|clickhouse --from YYYY-MM --to YYYY-MM [--schema FILE.json]

  Prints the SQL that computes the report inside the engine, one statement per
  section, for a data team to run in its own warehouse or schedule.

  --dialect    postgres, duckdb or clickhouse
  --from, --to the report's first and last month
  --schema     a JSON mapping onto your own tables and columns (see docs/sql.md)
`;

/** `revkit sql`: the report's SQL for one engine. */
export const sqlCommand: CliCommand = { usage: SQL_USAGE, run: runSql };

async function runSql(args: readonly string[], io: CliIo): Promise<number> {
  const options: Record<string, string> = {};
  const rest = args[Symbol.iterator]();
  for (const arg of rest) {
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (!['--dialect', '--from', '--to', '--schema'].includes(flag)) return usage(io, arg.startsWith('--') ? `unknown option: ${arg}` : `unexpected argument: ${arg}`);
    const value = inline ?? rest.next().value;
    if (value === undefined) return usage(io, `${flag}: needs a value`);
    options[flag.slice(2)] = value;
  }
  const { dialect, from, to } = options;
  if (dialect === undefined) return usage(io, 'missing --dialect');
  if (from === undefined) return usage(io, 'missing --from');
  if (to === undefined) return usage(io, 'missing --to');
  if (!(DIALECTS as readonly string[]).includes(dialect)) {
    return usage(io, `--dialect: must be postgres, duckdb or clickhouse, got ${JSON.stringify(options.dialect)}`);
  }
  const { schema, issues } = await readSchemaFile(options.schema);
  if (issues.length > 0) return fail(io, issues);
  try {
    const compiled = compileReport({ dialect: dialect as Dialect, schema: schema as SchemaMapping, from, to });
    const parts = Object.entries(compiled.statements).map(([name, sql]) => `-- ${name}\n${sql};\n`);
    io.stdout(`-- revkit report ${compiled.from}..${compiled.to} for ${compiled.dialect} (see docs/sql.md for each statement's columns)\n\n${parts.join('\n')}`);
    return 0;
  } catch (error) {
    if (!isRevkitValidationError(error)) throw error;
    return fail(io, error.issues.map((issue) => (issue.path === 'from' || issue.path === 'to' ? { ...issue, path: `--${issue.path}` } : issue)));
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr(`${message}\n${SQL_USAGE}`);
  return EXIT_USAGE;
}
