import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@switchboard/aircall',
    include: ['test/**/*.test.ts'],
  },
});
