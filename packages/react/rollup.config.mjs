import { copyFile, mkdir } from 'node:fs/promises';
import { defineLibraryConfig } from '../../rollup.config.base.mjs';

/**
 * The kit's theme ships as one plain stylesheet, `@revkit/react/styles.css`:
 * no CSS-in-JS runtime, so it is overridable with CSS variables and costs no
 * JavaScript. Rollup only bundles JS, so copy it next to the JS output.
 */
function copyStylesheet() {
  return {
    name: 'revkit-react:copy-stylesheet',
    buildStart() {
      this.addWatchFile('src/styles.css');
    },
    async writeBundle() {
      await mkdir('dist', { recursive: true });
      await copyFile('src/styles.css', 'dist/styles.css');
    },
  };
}

const [js, types] = defineLibraryConfig();
js.plugins.push(copyStylesheet());

// The shared config silences the 'use client' directive warning, but rollup
// first tries to map that warning's position through esbuild's sourcemap and
// logs a SOURCEMAP_ERROR of its own. It is about locating a silenced warning,
// never about the output (no sourcemaps ship), so drop it here too.
const sharedOnLog = js.onLog;
js.onLog = (level, log, handler) => {
  if (log.code === 'SOURCEMAP_ERROR') return;
  sharedOnLog(level, log, handler);
};

export default [js, types];
