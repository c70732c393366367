import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@switchboard/contracts',
    include: ['test/**/*.test.ts'],
  },
});
