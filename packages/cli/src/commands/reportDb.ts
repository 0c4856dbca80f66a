import type { MonthRangeOptions } from '@revkit/core';
import { runReport, type SchemaMapping } from '@revkit/sql';
import { fail, type CliIo } from '../io.js';
import { formatReportTable } from '../table.js';
import { readSchemaFile, withDatabase } from './database.js';

/** The options of `revkit report --db URL`. */
export interface DatabaseReportArgs {
  db: string;
  schema: string | undefined;
  range: MonthRangeOptions;
  format: 'json' | 'table';
}

/**
 * `revkit report --db URL`: the same JSON or table as `revkit report FILE`,
 * every figure computed inside the database by `@revkit/sql`.
 */
export async function reportFromDatabase(args: DatabaseReportArgs, io: CliIo): Promise<number> {
  const { schema, issues } = await readSchemaFile(args.schema);
  if (issues.length > 0) return fail(io, issues);
  return withDatabase(args.db, io, async (client) => {
    const report = await runReport(client, { schema: schema as SchemaMapping | undefined, ...args.range });
    io.stdout(args.format === 'table' ? formatReportTable(report) : `${JSON.stringify(report, null, 2)}\n`);
    return 0;
  });
}
