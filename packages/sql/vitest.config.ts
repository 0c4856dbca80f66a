import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Engines start in-process (DuckDB, a driver import): seconds on a busy machine.
  test: { include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
