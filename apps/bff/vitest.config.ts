import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@switchboard/bff',
    include: ['test/**/*.test.ts'],
    // Each file opens an embedded PostgreSQL (PGlite) or a scratch database; on a busy 2-core machine that alone can
    // take seconds. These bound hangs; they do not measure speed.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
