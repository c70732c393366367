import type { Http2Bindings, HttpBindings } from '@hono/node-server';
import { serve } from '@hono/node-server';
import { createApp, type UsersApis } from './app';
import type { SimClock } from './clock';
import { systemClock } from './clock';
import type { Fault, FaultRule } from './faults';
import { CONNECTION_RESET_HEADER, connectionResetError } from './faults';
import type { Credentials } from './http/auth';
import type { RateLimitOptions } from './http/rate-limit';
import type { SeedSizes } from './seed';
import { defaultSizes } from './seed';
import type { DeliveryAttempt, WebhookDeliveryOptions } from './webhooks';
import { World } from './world';

export type { UsersApis } from './app';
export type { ManualClock, SimClock } from './clock';
export { createManualClock, systemClock } from './clock';
export type { SimEvent } from './events';
export type { Fault, FaultRule } from './faults';
export type { Credentials } from './http/auth';
export type { PageMeta } from './http/pagination';
export type { RateLimitOptions } from './http/rate-limit';
export type { UsersV1, UsersV2 } from './routes/users';
export type { WebhookEventName } from './rules';
export { webhookEvents } from './rules';
export type { SeedSizes } from './seed';
export type { DeliveryAttempt, WebhookDeliveryOptions } from './webhooks';

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
  /** Webhook delivery: injectable fetch, retries, deactivation threshold, timeout. */
  webhooks?: WebhookDeliveryOptions;
  /** Calls placed on their own (autopilot) per simulated minute. Default 0; the standalone server sets 2. */
  backgroundCallsPerMinute?: number;
  /** Default `retired`: `/v1/users` list, retrieve, create and update answer 404 as unknown routes. */
  usersV1?: UsersApis['usersV1'];
  /** Default `served`; `absent` plays an older plan without Users V2. */
  usersV2?: UsersApis['usersV2'];
}

/** `SIM_USERS_V1` (`retired` | `available`) and `SIM_USERS_V2` (`served` | `absent`), checked. */
export function usersApisFromEnv(env: Record<string, string | undefined>): UsersApis {
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  };
  return {
    usersV1: choice('SIM_USERS_V1', ['retired', 'available'], 'retired'),
    usersV2: choice('SIM_USERS_V2', ['served', 'absent'], 'served'),
  };
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
  /** Resolves when every webhook delivery started so far has settled. */
  settleWebhooks(): Promise<void>;
  /** Every webhook delivery attempt, oldest first (last 1,000). */
  readonly webhookDeliveries: readonly DeliveryAttempt[];
  /** Fault injection on `/v1/*` and `/v2/*` (also under `/__sim/faults`). */
  readonly faults: { add(rule: FaultRule): Fault; remove(id: string): boolean; clear(): void; list(): Fault[] };
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
    webhooks: options.webhooks ?? {},
  });
  world.engine.setBackgroundRate(options.backgroundCallsPerMinute ?? 0);
  const app = createApp(world, credentials, {
    usersV1: options.usersV1 ?? 'retired',
    usersV2: options.usersV2 ?? 'served',
  });

  return {
    credentials,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await app.fetch(request);
      // As with a real fetch: an aborted request rejects with the signal's reason, a dropped connection with undici's error.
      if (request.signal.aborted) throw request.signal.reason;
      if (response.headers.has(CONNECTION_RESET_HEADER)) throw connectionResetError();
      return response;
    },
    listen: ({ port = 0, host = '127.0.0.1' } = {}) =>
      new Promise((resolve) => {
        const handle = async (request: Request, env: HttpBindings | Http2Bindings) => {
          const response = await app.fetch(request, env);
          if (!response.headers.has(CONNECTION_RESET_HEADER)) return response;
          env.incoming.socket.destroy();
          return new Response(null, { status: 500 });
        };
        const server = serve({ fetch: handle, port, hostname: host }, (info) => {
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
    settleWebhooks: () => world.webhooks.settle(),
    get webhookDeliveries() {
      return world.webhooks.log;
    },
    faults: {
      add: (rule) => world.faults.add(rule),
      remove: (id) => world.faults.remove(id),
      clear: () => world.faults.clear(),
      list: () => world.faults.list(),
    },
  };
}
