import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { SimClock } from './clock';
import { systemClock } from './clock';
import type { Credentials } from './http/auth';
import type { RateLimitOptions } from './http/rate-limit';
import type { SeedSizes } from './seed';
import { defaultSizes } from './seed';
import { World } from './world';

export type { ManualClock, SimClock } from './clock';
export { createManualClock, systemClock } from './clock';
export type { Credentials } from './http/auth';
export type { PageMeta } from './http/pagination';
export type { SeedSizes } from './seed';

export interface SimulatorOptions {
  /** Default 1; same seed (and same clock) => same data. */
  seed?: number;
  /** Defaults 40 / 8 / 6 / 20 / 1000 / 20000. */
  sizes?: Partial<SeedSizes>;
  /** Default { apiId: 'sim-api-id', apiToken: 'sim-api-token' }. */
  credentials?: Credentials;
  /** Default: real time. Inject `createManualClock()` in tests: nothing then happens until time is advanced. */
  clock?: SimClock;
  /** Default { limit: 60, windowMs: 60_000 }; `false` disables the limit. */
  rateLimit?: RateLimitOptions | false;
}

export interface Simulator {
  readonly credentials: Credentials;
  /** In-process, no port: a drop-in for globalThis.fetch. Absolute links use the origin of the request. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Standalone HTTP server (port 0 = any free port). */
  listen(options?: { port?: number; host?: string }): Promise<{ url: string; port: number; close(): Promise<void> }>;
  /** The simulator's current time, ms since the epoch. */
  now(): number;
  /** Moves simulated time forward and fires whatever became due (call endings, retries, expiries). */
  advance(ms: number): void;
  /** Back to freshly seeded state (optionally another seed or sizes). */
  reset(options?: { seed?: number; sizes?: Partial<SeedSizes> }): void;
}

export const defaultCredentials: Credentials = { apiId: 'sim-api-id', apiToken: 'sim-api-token' };

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const credentials = options.credentials ?? defaultCredentials;
  const world = new World({
    seed: options.seed ?? 1,
    sizes: { ...defaultSizes, ...options.sizes },
    clock: options.clock ?? systemClock,
    wakeWithRealTimers: !options.clock || options.clock === systemClock,
    rateLimit: options.rateLimit ?? { limit: 60, windowMs: 60_000 },
  });
  const app = createApp(world, credentials);

  return {
    credentials,
    fetch: async (input, init) => app.fetch(new Request(input, init)),
    listen: ({ port = 0, host = '127.0.0.1' } = {}) =>
      new Promise((resolve) => {
        const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
          resolve({
            url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`,
            port: info.port,
            close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
          });
        });
      }),
    now: () => world.now(),
    advance: (ms) => world.timeline.advance(ms),
    reset: ({ seed, sizes } = {}) => world.reseed(seed, sizes),
  };
}
