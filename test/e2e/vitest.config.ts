import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: each file serves a built example app on a free
// localhost port and drives Debian's Chromium with playwright-core. They run
// one file at a time: two cores, one browser and one server are plenty. turbo
// starts them after every package's unit tests (turbo.json), so the 50 MB
// load's long-task check never shares the two cores with a unit suite.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
