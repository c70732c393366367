import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@switchboard/e2e',
    include: ['test/**/*.test.ts'],
  },
});
