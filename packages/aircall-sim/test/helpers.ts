import { createManualClock, createSimulator, type SimulatorOptions } from '../src/index';

export const ORIGIN = 'http://aircall.sim';
export const START = Date.UTC(2025, 0, 15, 12, 0, 0);

export function basicAuth(apiId = 'sim-api-id', apiToken = 'sim-api-token'): string {
  return `Basic ${Buffer.from(`${apiId}:${apiToken}`).toString('base64')}`;
}

/** The default company, for tests about listings over the whole 20,000 calls. */
export const FULL_SIZE: SimulatorOptions = { sizes: { calls: 20_000, contacts: 1_000 } };

/**
 * A simulator on a manual clock, without rate limiting unless asked, and a small authenticated JSON client.
 * The company is smaller than the default (2,000 calls, 200 contacts) to keep tests fast; pass FULL_SIZE if needed.
 */
export function setup(options: SimulatorOptions = {}) {
  const clock = createManualClock(START);
  const sim = createSimulator({
    clock,
    rateLimit: false,
    ...options,
    sizes: { calls: 2_000, contacts: 200, ...options.sizes },
  });
  const request = async (method: string, path: string, body?: unknown) => {
    const response = await sim.fetch(`${ORIGIN}${path}`, {
      method,
      headers: {
        Authorization: basicAuth(),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies.
    const json: any = text ? JSON.parse(text) : null;
    return { status: response.status, headers: response.headers, json };
  };
  return {
    sim,
    clock,
    request,
    get: (path: string) => request('GET', path),
    post: (path: string, body?: unknown) => request('POST', path, body ?? {}),
    put: (path: string, body?: unknown) => request('PUT', path, body ?? {}),
    del: (path: string) => request('DELETE', path),
  };
}
