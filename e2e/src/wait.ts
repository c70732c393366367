import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Reads `read` until `done` accepts its value (for setup hooks, where vitest's expect.poll is not allowed); fails
 * with the last value seen after `timeoutMs`.
 */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 60_000, intervalMs = 500 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}
