import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './servers.js';

const run = promisify(execFile);

/** The published packages, as folders of `packages/`. */
export const PUBLISHED_PACKAGES = ['core', 'react', 'sample-data', 'sql', 'import', 'cli'] as const;

/** The tarball of each published package, by package name. */
export type Tarballs = Record<string, string>;

/** Runs a command; a failure says which command, where, and what it printed. */
export async function runIn(cwd: string, command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout + stderr;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${failed.stdout ?? ''}${failed.stderr ?? failed.message}`, { cause: error });
  }
}

/** pnpm as the running script was started with it (a global pnpm or `npx pnpm`). */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, [execPath]];
  return ['pnpm', []];
}

/**
 * `pnpm pack`s every published package into `destination`, as a release
 * would: `workspace:` ranges become the version's `^` range.
 */
export async function packPublishedPackages(destination: string): Promise<Tarballs> {
  mkdirSync(destination, { recursive: true });
  const [command, prefix] = pnpmCommand();
  const tarballs: Tarballs = {};
  for (const folder of PUBLISHED_PACKAGES) {
    const cwd = join(repoRoot, 'packages', folder);
    const { name } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { name: string };
    if (!existsSync(join(cwd, 'dist', 'index.js'))) {
      throw new Error(`${name} is not built (${cwd}/dist is missing): run \`pnpm exec turbo run build --filter=${name}\` first`);
    }
    const before = new Set(readdirSync(destination));
    await runIn(cwd, command, [...prefix, 'pack', '--pack-destination', destination]);
    const created = readdirSync(destination).filter((file) => file.endsWith('.tgz') && !before.has(file));
    if (created.length !== 1) throw new Error(`pnpm pack in ${cwd} made ${created.length} tarballs`);
    tarballs[name] = join(destination, created[0] as string);
  }
  return tarballs;
}

/** The version the workspace pins for a third-party package (one source of truth). */
export function workspaceVersion(name: string): string {
  const manifests = ['package.json', 'examples/nextjs/package.json', 'examples/dashboard/package.json', 'test/package.json'];
  for (const manifest of manifests) {
    const pkg = JSON.parse(readFileSync(join(repoRoot, manifest), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const version = pkg.dependencies?.[name] ?? pkg.devDependencies?.[name];
    if (version && !version.startsWith('workspace:')) return version;
  }
  throw new Error(`the workspace pins no version of ${name}`);
}

/**
 * The code block of `lang` under the README heading that starts with
 * `heading`: the test builds what the README shows, not a copy of it.
 */
export function readmeBlock(readme: string, heading: string, lang: string): string {
  const text = readFileSync(join(repoRoot, readme), 'utf8');
  const start = text.split('\n').findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, '').startsWith(heading));
  if (start < 0) throw new Error(`${readme} has no heading "${heading}"`);
  const rest = text.split('\n').slice(start + 1);
  const open = rest.findIndex((line) => line.trim() === '```' + lang);
  const nextHeading = rest.findIndex((line) => /^#+ /.test(line));
  if (open < 0 || (nextHeading >= 0 && nextHeading < open)) throw new Error(`${readme} "${heading}" has no \`\`\`${lang} block`);
  const close = rest.findIndex((line, index) => index > open && line.trim() === '```');
  return rest.slice(open + 1, close).join('\n') + '\n';
}

/** Writes `files` (relative path → content) under `root`. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/**
 * A package.json for a fresh app: the revkit packages from their tarballs
 * (also as overrides, so a `^0.1.0` range between them resolves to the
 * tarball and never to the registry), everything else from the registry.
 */
export function appManifest(
  name: string,
  tarballs: Tarballs,
  revkit: string[],
  dependencies: Record<string, string>,
  scripts: Record<string, string> = {},
): string {
  const local = Object.fromEntries(Object.entries(tarballs).map(([pkg, file]) => [pkg, `file:${file}`]));
  return JSON.stringify(
    {
      name,
      private: true,
      type: 'module',
      scripts,
      dependencies: { ...Object.fromEntries(revkit.map((pkg) => [pkg, local[pkg]])), ...dependencies },
      overrides: local,
    },
    null,
    2,
  );
}

/** `npm install` as a user would, quiet and without audit. */
export async function npmInstall(cwd: string): Promise<void> {
  await runIn(cwd, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
}

/** The strict TypeScript options every fresh app builds with. */
export const STRICT_COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  skipLibCheck: false,
  isolatedModules: true,
  esModuleInterop: true,
  forceConsistentCasingInFileNames: true,
  noEmit: true,
} as const;
