import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A served app: its base URL, and how to stop it. */
export interface RunningServer {
  url: string;
  /** What the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before serving ${url}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`nothing served ${url} within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts `node <script> ...args` in `cwd` as its own process group (so the
 * whole tree can be stopped) and waits until `url` answers 200.
 */
async function startNodeServer(options: { cwd: string; script: string; args: string[]; url: string; env?: Record<string, string> }): Promise<RunningServer> {
  const child = spawn(process.execPath, [options.script, ...options.args], {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilServing(options.url, child, output, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: options.url, output, stop };
}

function requireBuilt(path: string, what: string, filter: string): void {
  if (!existsSync(path)) {
    throw new Error(`${what} is not built (${path} is missing): run \`pnpm exec turbo run build --filter=${filter}\` first`);
  }
}

/** Serves the built dashboard with `vite preview`. */
export async function startDashboard(): Promise<RunningServer> {
  const cwd = join(repoRoot, 'examples', 'dashboard');
  requireBuilt(join(cwd, 'dist', 'index.html'), 'the dashboard', '@revkit/example-dashboard');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  return startNodeServer({
    cwd,
    script: join(cwd, 'node_modules', 'vite', 'bin', 'vite.js'),
    args: ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    url,
  });
}

/** Serves the built Next.js example with `next start`. */
export async function startNextApp(): Promise<RunningServer> {
  const cwd = join(repoRoot, 'examples', 'nextjs');
  requireBuilt(join(cwd, '.next', 'BUILD_ID'), 'the Next.js example', '@revkit/example-nextjs');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  return startNodeServer({
    cwd,
    script: join(cwd, 'node_modules', 'next', 'dist', 'bin', 'next'),
    args: ['start', '--hostname', '127.0.0.1', '--port', String(port)],
    url,
  });
}

/**
 * Serves an app outside the workspace with its own installed server script
 * (`script` relative to `cwd`, e.g. `node_modules/vite/bin/vite.js`) on a free port.
 */
export async function startAppServer(cwd: string, script: string[], args: (port: number) => string[]): Promise<RunningServer> {
  const port = await freePort();
  return startNodeServer({ cwd, script: join(cwd, ...script), args: args(port), url: `http://127.0.0.1:${port}/` });
}
