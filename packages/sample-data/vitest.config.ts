import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Generous per-test limit: the large-data cases take seconds on a busy 2-core machine.
  test: { include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
