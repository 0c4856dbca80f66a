import { createRequire } from 'node:module';
import { printable, PRINTABLE_LENGTH } from '@revkit/core';
import { EXIT_USAGE, type CliCommand, type CliIo } from './io.js';
import { importCommand } from './commands/import.js';
import { loadCommand } from './commands/load.js';
import { reportCommand } from './commands/report.js';
import { sqlCommand } from './commands/sql.js';

export { EXIT_BAD_INPUT, EXIT_USAGE, type CliCommand, type CliIo } from './io.js';

/** Every `revkit` command by name; a new command is one entry here and one file in `commands/`. */
const COMMANDS: Readonly<Record<string, CliCommand>> = {
  report: reportCommand,
  import: importCommand,
  load: loadCommand,
  sql: sqlCommand,
};

/** The usage of every command, printed by `revkit --help`. */
export const USAGE = Object.values(COMMANDS)
  .map((command) => command.usage)
  .join('\n');

/** The package's version (`revkit --version`), read from its package.json beside `dist/` and `src/`. */
export const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

const HELP = new Set(['--help', '-h']);
const VERSION_FLAGS = new Set(['--version', '-V']);

/**
 * Runs `revkit` with its arguments. `--help` and `--version` work alone and
 * after every command (`revkit report --help`, `revkit import csv --version`). A report goes to stdout; bad input gets
 * one `path: message` line per problem on stderr, nothing on stdout, and a
 * non-zero status.
 *
 * @returns the exit status
 * @example
 * await runCli(['report', 'dataset.json', '--format', 'table'], io) //=> 0
 * @throws never: every failure becomes an exit status and a message
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name !== undefined && VERSION_FLAGS.has(name)) {
    io.stdout(`revkit ${VERSION}\n`);
    return 0;
  }
  if (name !== undefined && (HELP.has(name) || name === 'help')) {
    io.stdout(USAGE);
    return 0;
  }
  const command = name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr(`${name === undefined ? 'missing command' : `unknown command: ${printable(name)}`}\n${USAGE}`);
    return EXIT_USAGE;
  }
  // Before the command reads its options, so they work wherever they appear: `revkit import csv --help`.
  if (rest.some((arg) => HELP.has(arg))) {
    io.stdout(command.usage);
    return 0;
  }
  if (rest.some((arg) => VERSION_FLAGS.has(arg))) {
    io.stdout(`revkit ${VERSION}\n`);
    return 0;
  }
  return command.run(rest, io);
}

/** Exit status when revkit itself fails (a bug, an unwritable output): EX_SOFTWARE. */
export const EXIT_INTERNAL = 70;

/**
 * The one line printed when revkit itself fails (a bug): the error's
 * message, printable, never a stack trace.
 *
 * @example
 * crashLine(new Error('boom')) //=> 'revkit: internal error: boom\n'
 * @throws never
 */
export function crashLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `revkit: internal error: ${printable(message, 4 * PRINTABLE_LENGTH)}\n`;
}
