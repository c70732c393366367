import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@switchboard/e2e',
    include: ['test/**/*.test.ts'],
    setupFiles: ['src/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
