import { createSimulator, type SeedSizes, type SimulatorOptions } from '@switchboard/aircall-sim';
import { type AircallClientOptions, createAircallClient } from '../../src';

export const SIM_ORIGIN = 'http://aircall.sim';

/**
 * A small in-process simulator and a client wired to it, without budget or retries (those have their own tests).
 * `control` drives the simulator's /__sim API: placing live calls, answering them.
 */
export function createSimClient(
  options: {
    sizes?: Partial<SeedSizes>;
    client?: Partial<AircallClientOptions>;
    rateLimit?: false | { limit: number; windowMs: number };
    /** Other simulator options: the account's users APIs, a clock, a webhook receiver. */
    simulator?: Pick<SimulatorOptions, 'usersV1' | 'usersV2' | 'clock' | 'webhooks'>;
  } = {},
) {
  const simulator = createSimulator({
    ...options.simulator,
    rateLimit: options.rateLimit ?? false,
    sizes: { users: 12, teams: 3, numbers: 3, tags: 6, contacts: 60, calls: 300, ...options.sizes },
  });
  const client = createAircallClient({
    ...simulator.credentials,
    baseUrl: SIM_ORIGIN,
    fetch: simulator.fetch,
    budget: false,
    retry: false,
    ...options.client,
  });
  async function control<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await simulator.fetch(`${SIM_ORIGIN}/__sim${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
  return { simulator, client, control };
}

/** Collects an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
