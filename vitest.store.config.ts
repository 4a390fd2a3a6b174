import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Checks on the store packages: they read the store build in .output or make their own, so `npm test` runs
// them after the store build, one file at a time.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/store/**/*.store.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
