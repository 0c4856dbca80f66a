import { formatIssue, type ValidationIssue } from '@revkit/core';

/** Where the CLI writes and reads; injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
}

/** Exit status for bad input (dataset or options) and for bad usage. */
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** Writes one `path: message` line per problem on stderr; returns the bad-input status. */
export function fail(io: CliIo, issues: readonly ValidationIssue[]): number {
  io.stderr(issues.map((issue) => `${formatIssue(issue)}\n`).join(''));
  return EXIT_BAD_INPUT;
}

/** One `revkit` command: its usage text and what it runs on its own arguments. */
export interface CliCommand {
  /** The command's usage, printed by `--help` and after a usage error. */
  usage: string;
  /** Runs the command on the arguments after its name; returns the exit status. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
