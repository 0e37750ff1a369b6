import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests print nothing; a stray console call is a bug to find, not noise to scroll past.
    silent: 'passed-only',
    testTimeout: 20000,
  },
});
