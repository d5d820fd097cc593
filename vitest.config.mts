import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and multi-process tests share two cores; files run in parallel, tests inside a file in order.
    pool: 'forks',
    maxWorkers: 2,
  },
});
