import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['src/test/setup.ts'],
    // Generous per-test limit: rendering thousands of cells takes seconds on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
