import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@switchboard/bff',
    include: ['test/**/*.test.ts'],
  },
});
