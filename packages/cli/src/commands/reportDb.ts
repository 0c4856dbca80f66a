import { buildRevOpsReport, type MonthRangeOptions, type RevOpsReport } from '@revkit/core';
import { readDataset, runReport, type SchemaMapping } from '@revkit/sql';
import { fail, type CliIo } from '../io.js';
import { formatReportTable } from '../table.js';
import { readSchemaFile, withDatabase } from './database.js';

/** The options of `revkit report --db URL`. */
export interface DatabaseReportArgs {
  db: string;
  schema: string | undefined;
  range: MonthRangeOptions;
  format: 'json' | 'table';
  /** Add the RevOps report: computed in process from the rows read back. */
  revops: boolean;
}

/**
 * `revkit report --db URL`: the same JSON or table as `revkit report FILE`,
 * every figure of the contract's report computed inside the database by
 * `@revkit/sql`; with `--revops`, the RevOps report is computed by core on
 * the dataset read back from revkit's tables (`readDataset`).
 */
export async function reportFromDatabase(args: DatabaseReportArgs, io: CliIo): Promise<number> {
  const { schema, issues } = await readSchemaFile(args.schema);
  if (issues.length > 0) return fail(io, issues);
  return withDatabase(args.db, io, async (client) => {
    const report = await runReport(client, { schema: schema as SchemaMapping | undefined, ...args.range, paths: { from: '--from', to: '--to' } });
    let revops: RevOpsReport | undefined;
    if (args.revops) revops = buildRevOpsReport(await readDataset(client), { from: report.from, to: report.to });
    if (args.format === 'table') io.stdout(formatReportTable(report, revops));
    else io.stdout(`${JSON.stringify(revops ? { ...report, revops } : report, null, 2)}\n`);
    return 0;
  });
}
