#!/usr/bin/env node
import { crashLine, EXIT_INTERNAL, runCli } from '../dist/index.js';

// Output closed early (`revkit report data.json | head`): nobody is left to read, so end quietly.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') process.stderr.write(crashLine(error));
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : EXIT_INTERNAL);
});
process.stderr.on('error', () => process.exit(process.exitCode ?? EXIT_INTERNAL));
// Last resort: a bug is one line on stderr, never a stack trace.
const crash = (error) => {
  process.stderr.write(crashLine(error));
  process.exit(EXIT_INTERNAL);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    stdinChunks: () => process.stdin,
  });
} catch (error) {
  crash(error);
}
