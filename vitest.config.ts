import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Generous bounds for the corpus and engine set-ups: on a loaded 2-core machine they take many times
    // their usual seconds, and a bound is not what these tests are about.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
