import { z } from 'zod';
import type { RequestOptions } from './http/execute';
import { createExecutor } from './http/execute';
import { createTransport } from './http/transport';
import { createCallsResource } from './resources/calls';

export interface AircallClientOptions {
  apiId: string;
  apiToken: string;
  /** Origin the client appends `/v1/...` to. Default `https://api.aircall.io`. */
  baseUrl?: string;
  /** Injected fetch, e.g. the simulator's in-process one. Default: Node's global fetch (keep-alive by default). */
  fetch?: typeof fetch;
  /** Per-request timeout. Default 15 s. */
  timeoutMs?: number;
  /** Clock in epoch ms. Default `Date.now`. */
  now?: () => number;
}

export const DEFAULT_BASE_URL = 'https://api.aircall.io';
export const DEFAULT_TIMEOUT_MS = 15_000;

const pingSchema = z.looseObject({ ping: z.string() });

export function createAircallClient(options: AircallClientOptions) {
  const transport = createTransport({
    apiId: options.apiId,
    apiToken: options.apiToken,
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    // Looked up per request so that instrumentation installed later (msw, OpenTelemetry) is honoured.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    now: options.now ?? Date.now,
  });
  const execute = createExecutor(transport);

  return {
    /** Checks the credentials: resolves `{ ping: 'pong' }`, or throws ForbiddenError. */
    ping(requestOptions?: RequestOptions) {
      return execute({ method: 'GET', route: '/v1/ping', response: pingSchema }, requestOptions);
    },
    calls: createCallsResource(execute),
  };
}

export type AircallClient = ReturnType<typeof createAircallClient>;
