import { isRevkitValidationError, validateDataset } from '@revkit/core';
import { DATABASE_URL_FORMS, loadDataset } from '@revkit/sql';
import { defaultMaxMemory, EXIT_USAGE, fail, MAX_MEMORY_USAGE, parseMaxMemory, readJsonInput, type CliCommand, type CliIo } from '../io.js';
import { withDatabase } from './database.js';

const LOAD_USAGE = `Usage: revkit load --db URL [--replace] FILE|-

  Validates a dataset exactly like \`revkit report\` and loads it into revkit's
  tables in a database (created here; see docs/sql.md). Nothing is loaded
  when the dataset has a problem.

  --db URL     where to load it, the scheme picks the engine:
${DATABASE_URL_FORMS.map((form) => `                 ${form}`).join('\n')}
  --replace    drop revkit's tables first when they exist
  FILE         a dataset in the revkit report contract format (JSON); - reads stdin
  ${MAX_MEMORY_USAGE}
`;

/** `revkit load --db URL FILE|-`: a validated dataset into a database's revkit tables. */
export const loadCommand: CliCommand = { usage: LOAD_USAGE, run: runLoad };

async function runLoad(args: readonly string[], io: CliIo): Promise<number> {
  let db: string | undefined;
  let file: string | undefined;
  let replace = false;
  let maxMemory = defaultMaxMemory();
  const rest = args[Symbol.iterator]();
  for (const arg of rest) {
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s) as [string, string | undefined]) : [arg, undefined];
    if (flag === '--db') {
      db = inline ?? rest.next().value;
      if (db === undefined) return usage(io, '--db: needs a value');
    } else if (flag === '--max-memory') {
      const value = inline ?? rest.next().value;
      if (value === undefined) return usage(io, '--max-memory: needs a value');
      const budget = parseMaxMemory(value);
      if (typeof budget === 'string') return usage(io, budget);
      maxMemory = budget;
    } else if (arg === '--replace') replace = true;
    else if (arg.startsWith('--')) return usage(io, `unknown option: ${arg}`);
    else if (file === undefined) file = arg;
    else return usage(io, `unexpected argument: ${arg}`);
  }
  if (db === undefined) return usage(io, 'missing --db URL');
  if (file === undefined) return usage(io, 'missing FILE (a dataset path, or - for stdin)');

  const input = await readJsonInput(file, io, {
    maxMemory,
    advice: 'split it into files that fit, or raise --max-memory together with Node\'s --max-old-space-size',
  });
  if (!('json' in input)) return fail(io, [input]);
  const { json } = input;
  try {
    validateDataset(json);
  } catch (error) {
    if (isRevkitValidationError(error)) return fail(io, error.issues);
    throw error;
  }
  return withDatabase(db, io, async (client) => {
    const loaded = await loadDataset(client, json, { replace });
    io.stdout(
      `loaded ${loaded.subscriptions} subscriptions, ${loaded.deals} deals, ${loaded.funnel} funnel stages, ${loaded.surveys} surveys, ${loaded.fxRates} fx rates\n`,
    );
    return 0;
  });
}

function usage(io: CliIo, message: string): number {
  io.stderr(`${message}\n${LOAD_USAGE}`);
  return EXIT_USAGE;
}
