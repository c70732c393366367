import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@switchboard/aircall-sim',
    include: ['test/**/*.test.ts'],
  },
});
