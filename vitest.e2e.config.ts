import { defineConfig } from 'vitest/config';

// Real browsers, one at a time (the machine has two cores): no parallel files, generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
