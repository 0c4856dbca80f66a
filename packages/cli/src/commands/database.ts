import { readFile } from 'node:fs/promises';
import { isRevkitValidationError, type ValidationIssue } from '@revkit/core';
import { connect, oneLine, type SqlClient } from '@revkit/sql';
import { EXIT_BAD_INPUT, fail, type CliIo } from '../io.js';

/**
 * Runs `work` on the database behind `--db URL`, turning every failure into
 * one line on stderr and a non-zero status: an unreachable server, refused
 * credentials, a missing table or column (the engine's own words, first line
 * only), or contract problems as `path: message` lines.
 */
export async function withDatabase(url: string, io: CliIo, work: (client: SqlClient) => Promise<number>): Promise<number> {
  let client: SqlClient;
  try {
    client = await connect(url);
  } catch (error) {
    io.stderr(`--db: ${oneLine(error)}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await work(client);
  } catch (error) {
    if (isRevkitValidationError(error)) return fail(io, error.issues);
    io.stderr(`--db: ${oneLine(error)}\n`);
    return EXIT_BAD_INPUT;
  } finally {
    await client.close?.().catch(() => undefined);
  }
}

/** Reads a `--schema FILE.json` mapping, or reports why it cannot be read as `--schema: message`. */
export async function readSchemaFile(path: string | undefined): Promise<{ schema?: unknown; issues: ValidationIssue[] }> {
  if (path === undefined) return { issues: [] };
  try {
    return { schema: JSON.parse(await readFile(path, 'utf8')) as unknown, issues: [] };
  } catch (error) {
    return { issues: [{ path: '--schema', message: `cannot read ${path} as JSON: ${oneLine(error)}` }] };
  }
}
