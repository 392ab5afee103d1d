import { defineConfig } from 'vitest/config';

/** One run for every suite; browser tests serve the built site (npm test builds it first). */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser suites each start Chromium; two cores cannot run many at once.
    maxWorkers: 2,
  },
});
