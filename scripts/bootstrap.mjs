// Lets `npm start` and `npm test` work on a fresh clone with nothing but Node
// and npm: it brings the pinned pnpm, installs the workspace when needed, then
// runs the named root script with pnpm.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '10.34.8';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/bootstrap.mjs <root script>');
  process.exit(2);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`revkit needs Node >= 20.19 (this is ${process.versions.node}).`);
  process.exit(1);
}

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.error) return { status: 1, error: result.error };
  return { status: result.status ?? 1 };
}

function pnpmVersion() {
  const result = spawnSync('pnpm', ['--version'], { cwd: root, encoding: 'utf8', env });
  return result.status === 0 ? result.stdout.trim() : null;
}

let pnpm = ['pnpm'];
if (pnpmVersion() !== PNPM_VERSION) {
  console.log(`› installing pnpm ${PNPM_VERSION} (npm install -g)`);
  const installed = run('npm', ['install', '-g', '--no-fund', '--no-audit', `pnpm@${PNPM_VERSION}`]);
  if (installed.status !== 0 || pnpmVersion() !== PNPM_VERSION) {
    // No write access to npm's global prefix: run the pinned pnpm through npx.
    pnpm = ['npx', '-y', `pnpm@${PNPM_VERSION}`];
  }
}

const marker = join(root, 'node_modules', '.modules.yaml');
const lockfile = join(root, 'pnpm-lock.yaml');
if (!existsSync(marker) || statSync(lockfile).mtimeMs > statSync(marker).mtimeMs) {
  console.log('› installing dependencies (pnpm install --frozen-lockfile)');
  const installed = run(pnpm[0], [...pnpm.slice(1), 'install', '--frozen-lockfile']);
  if (installed.status !== 0) process.exit(installed.status);
}

const result = run(pnpm[0], [...pnpm.slice(1), 'run', script, ...process.argv.slice(3)]);
process.exit(result.status);
