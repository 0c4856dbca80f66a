import { runCli } from '../index.js';

/** Runs the CLI in-process on `args` with `stdin`, collecting what it prints. */
export async function runCliForTest(args: string[], stdin: string | Uint8Array = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => stdin,
  });
  return { status, stdout, stderr };
}
