import { defineConfig } from 'vitest/config';

// Unit tests of the dashboard's own logic and last-resort states, in a DOM without a browser.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 60_000,
  },
});
