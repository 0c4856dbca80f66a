import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['conformance/**/*.test.ts'],
    environment: 'node',
    // Each case spawns the CLI; a busy shared machine makes a spawn take seconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
