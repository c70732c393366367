import { type AircallErrorDetails, NetworkError, TimeoutError, UnexpectedResponseError } from '../errors';
import { encodeQuery, type QueryObject } from './query';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface TransportConfig {
  apiId: string;
  apiToken: string;
  /** Origin (optionally with a path prefix) that `/v1/...` paths are appended to. */
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

export interface HttpRequest {
  method: HttpMethod;
  /** Concrete path without query string, e.g. `/v1/calls/812`. */
  path: string;
  query?: QueryObject | URLSearchParams;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  ok: boolean;
  headers: Headers;
  /** Parsed JSON; undefined for an empty body (204); an UnexpectedResponseError when the body is not JSON. */
  body: unknown;
}

/** Sends one HTTP request. Any HTTP answer resolves; timeouts and transport failures throw typed errors. */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

export function createTransport(config: TransportConfig): Transport {
  // Kept in this closure only: never on an object that could be logged or serialised.
  const authorization = `Basic ${Buffer.from(`${config.apiId}:${config.apiToken}`).toString('base64')}`;
  const base = config.baseUrl.replace(/\/+$/, '');

  return async ({ method, path, query, body, signal, timeoutMs = config.timeoutMs }) => {
    const context: AircallErrorDetails = { method, path };
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const headers: Record<string, string> = { Authorization: authorization, Accept: 'application/json' };
    // Aircall requires the JSON content type on every POST, PUT and DELETE, with or without a body.
    if (method !== 'GET') headers['Content-Type'] = 'application/json';

    try {
      const response = await config.fetch(`${base}${path}${encodeQuery(query)}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: combined,
      });
      const text = await response.text();
      return { status: response.status, ok: response.ok, headers: response.headers, body: parseBody(text, context) };
    } catch (caught) {
      if (timeout.aborted && !signal?.aborted) throw new TimeoutError(`No answer within ${timeoutMs} ms`, context);
      if (signal?.aborted) throw signal.reason;
      // fetch rejects with a TypeError for every transport failure (DNS, refused connection, reset socket).
      if (caught instanceof TypeError) {
        throw new NetworkError(`Network error: ${describeNetworkFailure(caught)}`, { ...context, cause: caught });
      }
      throw caught;
    }
  };
}

/** JSON when it parses; otherwise the text is dropped (an HTML proxy page says nothing we could use). */
function parseBody(text: string, context: AircallErrorDetails): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return new UnexpectedResponseError('Response body is not JSON', context);
  }
}

/** undici wraps the system error (ECONNREFUSED, ENOTFOUND, ...) in `cause`. */
function describeNetworkFailure(error: TypeError): string {
  const cause = error.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? cause.code : error.message;
}
