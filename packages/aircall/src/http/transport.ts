import {
  AircallError,
  type AircallErrorDetails,
  errorForStatus,
  NetworkError,
  TimeoutError,
  UnexpectedResponseError,
} from '../errors';
import { encodeQuery, type QueryObject } from './query';
import { parseRateHeaders } from './rate-headers';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface TransportConfig {
  apiId: string;
  apiToken: string;
  /** Origin (optionally with a path prefix) that `/v1/...` paths are appended to. */
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  now: () => number;
}

export interface HttpRequest {
  method: HttpMethod;
  /** Concrete path without query string, e.g. `/v1/calls/812`. */
  path: string;
  query?: QueryObject;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body (204). */
  body: unknown;
}

/** Sends one HTTP request; non-2xx answers and transport failures are thrown as typed errors. */
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
      if (response.ok) return { status: response.status, headers: response.headers, body: parseJson(text, context) };
      const { error, troubleshoot } = aircallErrorFields(text);
      throw errorForStatus(response.status, {
        ...context,
        error,
        troubleshoot,
        retryAt: parseRateHeaders(response.headers, config.now()).retryAt,
      });
    } catch (caught) {
      if (caught instanceof AircallError) throw caught;
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

function parseJson(text: string, context: AircallErrorDetails): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new UnexpectedResponseError('Response body is not JSON', context);
  }
}

/** Aircall's error payload is `{ error, troubleshoot }`; anything else (an HTML proxy page) is ignored. */
function aircallErrorFields(text: string): { error?: string; troubleshoot?: string } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { error, troubleshoot } = parsed as Record<string, unknown>;
    return {
      error: typeof error === 'string' ? error : undefined,
      troubleshoot: typeof troubleshoot === 'string' ? troubleshoot : undefined,
    };
  } catch {
    return {};
  }
}

/** undici wraps the system error (ECONNREFUSED, ENOTFOUND, ...) in `cause`. */
function describeNetworkFailure(error: TypeError): string {
  const cause = error.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? cause.code : error.message;
}
