import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = fileURLToPath(new URL('../../packages/cli/bin/revkit.js', import.meta.url));
export const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `revkit` binary as a user would, optionally feeding stdin. */
export function revkit(args: readonly string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd: REPO_ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
