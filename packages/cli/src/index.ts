import { EXIT_USAGE, type CliCommand, type CliIo } from './io.js';
import { importCommand } from './commands/import.js';
import { reportCommand } from './commands/report.js';

export { EXIT_BAD_INPUT, EXIT_USAGE, type CliCommand, type CliIo } from './io.js';

/** Every `revkit` command by name; a new command is one entry here and one file in `commands/`. */
const COMMANDS: Readonly<Record<string, CliCommand>> = {
  report: reportCommand,
  import: importCommand,
};

/** The usage of every command, printed by `revkit --help`. */
export const USAGE = Object.values(COMMANDS)
  .map((command) => command.usage)
  .join('\n');

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
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const command = name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr(`${name === undefined ? 'missing command' : `unknown command: ${name}`}\n${USAGE}`);
    return EXIT_USAGE;
  }
  return command.run(rest, io);
}
