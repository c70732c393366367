import { createManualClock, createSimulator, type SimulatorOptions } from '../src/index';

export const ORIGIN = 'http://aircall.sim';
export const START = Date.UTC(2025, 0, 15, 12, 0, 0);

export function basicAuth(apiId = 'sim-api-id', apiToken = 'sim-api-token'): string {
  return `Basic ${Buffer.from(`${apiId}:${apiToken}`).toString('base64')}`;
}

/** A simulator on a manual clock, without rate limiting unless asked, and a small authenticated JSON client. */
export function setup(options: SimulatorOptions = {}) {
  const clock = createManualClock(START);
  const sim = createSimulator({ clock, rateLimit: false, ...options });
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
