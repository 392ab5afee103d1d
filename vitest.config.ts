import { defineConfig } from 'vitest/config';

/** One run for every suite; browser tests serve the built site (npm test builds it first). */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser suites each start Chromium; two cores cannot run many at once.
    maxWorkers: 2,
    // Browser tests wait for the page by polling; on a busy two-core machine a lazy chunk and a reload can take
    // longer than the 1 s default. A bound on waiting, not a speed assertion: a pass is as fast as the page.
    expect: { poll: { timeout: 10_000 } },
  },
});
