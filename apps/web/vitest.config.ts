import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@switchboard/web',
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
    // Whole-app renders in jsdom on a shared 2-core machine; this bounds a hung test, no test asserts on time.
    testTimeout: 15_000,
  },
});
