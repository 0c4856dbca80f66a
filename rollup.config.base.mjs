// The one rollup config every package builds with: ESM JS through esbuild,
// bundled .d.ts through rollup-plugin-dts, dependencies kept external.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';

const CLIENT_DIRECTIVE = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"];?/;

/**
 * Rollup drops module-level directives when it bundles; React server
 * components need `'use client'` on the files that hold hooks, so remember
 * which modules had it and put it back on their output chunks.
 */
function preserveUseClient() {
  const clientModules = new Set();
  return {
    name: 'revkit:preserve-use-client',
    transform(code, id) {
      if (CLIENT_DIRECTIVE.test(code)) clientModules.add(id);
      return null;
    },
    renderChunk(code, chunk) {
      const isClient = Object.keys(chunk.modules).some((id) => clientModules.has(id));
      return isClient ? { code: `'use client';\n${code}`, map: null } : null;
    },
  };
}

/**
 * Builds the rollup config of the package in the current directory.
 * @param {{ input?: Record<string, string>, bin?: Record<string, string> }} [options]
 */
export function defineLibraryConfig(options = {}) {
  const cwd = process.cwd();
  const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8'));
  const deps = [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ];
  const external = (id) =>
    id.startsWith('node:') ||
    builtinModules.includes(id) ||
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
  const input = options.input ?? { index: 'src/index.ts' };

  const js = {
    input: { ...input, ...(options.bin ?? {}) },
    external,
    plugins: [preserveUseClient(), esbuild({ target: 'es2022', jsx: 'automatic', minify: false, tsconfig: 'tsconfig.json' })],
    onLog(level, log, handler) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use client')) return;
      handler(level, log);
    },
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: false,
    },
  };
  const types = {
    input,
    external,
    plugins: [dts({ tsconfig: resolve(cwd, 'tsconfig.json') })],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts' },
  };
  return [js, types];
}
