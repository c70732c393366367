import type {
  ApiEndpointById,
  ApiEndpointId,
  EndpointBodyInput,
  EndpointQueryInput,
  EndpointResponse,
  PathParamNames,
} from '@switchboard/contracts';
import { use } from 'react';
import type { z } from 'zod';
import { connectivity } from './connectivity';
import { readableImport } from './readable-import';

type Contracts = typeof import('@switchboard/contracts');

/**
 * The BFF's zod schemas and its endpoint registry (zod's classic API: ~25 KB gzip, a fifth of the initial-JS budget)
 * load after the first paint: main.tsx starts loading them at once, and every request waits for them. Never import a
 * value from '@switchboard/contracts' statically: the package has module-level zod calls, so it would come along.
 */
export const loadContracts: () => Promise<Contracts> = readableImport(() => import('@switchboard/contracts'));

/**
 * The contracts module inside a component (e.g. its `limits`). The root route's session check awaits them, so a
 * signed-in page gets them at once; only a render before that suspends. Always through `use` (React warns when a
 * component that suspended on `use` renders again without it), on a promise that says when it has its value.
 */
export function useContracts(): Contracts {
  return use(loadContracts());
}

/** One rule a field breaks, as the BFF names it in `details.fields` (e.g. `body.content`, "can't be blank"). */
interface FieldProblem {
  field: string;
  rule: string;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).rule === 'string'
  );
}

/** The BFF answered with its error envelope (or with something we could not read). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /**
   * Rules broken by the request's body, keyed by the field's path inside the body (`content`, `lines.0.text`),
   * so forms put each message beside its input. Empty unless the BFF rejected the input.
   */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds until a retry may succeed, as the BFF says on a rate limit. */
    readonly retryAfter?: number,
    details?: unknown,
  ) {
    super(message);
    const problems = (details as { fields?: unknown } | undefined)?.fields;
    const fieldErrors: Record<string, string> = {};
    if (Array.isArray(problems)) {
      for (const problem of problems.filter(isFieldProblem)) {
        // `body` alone is a rule about the whole body (e.g. "send at least one field to change"): key ''.
        const field = problem.field === 'body' ? '' : problem.field.replace(/^body\./, '');
        fieldErrors[field] ??= problem.rule;
      }
    }
    this.fieldErrors = fieldErrors;
  }

  get isRateLimited(): boolean {
    return this.code === 'rate_limited';
  }
}

/** No answer from the BFF at all: the network failed, or the dev proxy/load balancer could not reach it. */
export class BffUnreachableError extends Error {
  override readonly name = 'BffUnreachableError';
  constructor() {
    super('Switchboard’s server cannot be reached. Check your connection; we keep trying.');
  }
}

/**
 * The message a form shows above its fields: null when every problem has been put beside its field.
 */
export function formErrorOf(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
    const rule = error.fieldErrors[''];
    return rule === undefined ? null : `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.`;
  }
  return describeError(error);
}

/** What a person reads about a failed request: rate limits say when Aircall has budget again. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError && error.isRateLimited) {
    const when = error.retryAfter === undefined ? 'in a minute' : `in ${error.retryAfter} s`;
    return `Aircall is busy (60 requests a minute for the whole company). Try again ${when}.`;
  }
  if (error instanceof ApiError || error instanceof BffUnreachableError) return error.message;
  return 'An unexpected error occurred.';
}

type Endpoint<Id extends ApiEndpointId> = ApiEndpointById<Id>;

type ParamsPart<E extends Endpoint<ApiEndpointId>> = [PathParamNames<E['path']>] extends [never]
  ? { params?: undefined }
  : { params: Record<PathParamNames<E['path']>, string | number> };
type QueryPart<E extends Endpoint<ApiEndpointId>> = E extends { query: z.ZodType }
  ? { query?: Partial<EndpointQueryInput<E>> }
  : { query?: undefined };
type BodyPart<E extends Endpoint<ApiEndpointId>> = E extends { body: z.ZodType }
  ? { body: EndpointBodyInput<E> }
  : { body?: undefined };

export type ApiRequest<Id extends ApiEndpointId> = ParamsPart<Endpoint<Id>> &
  QueryPart<Endpoint<Id>> &
  BodyPart<Endpoint<Id>> & { signal?: AbortSignal | undefined };
export type ApiResponse<Id extends ApiEndpointId> = EndpointResponse<Endpoint<Id>>;

/** Endpoints without params, query or body may be called with the id alone. */
type RequestArgs<Id extends ApiEndpointId> =
  object extends ApiRequest<Id> ? [request?: ApiRequest<Id>] : [request: ApiRequest<Id>];

/** Lists go as `tagIds=1,2`, which the contracts' id-list schema reads. */
export function toQueryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Statuses a proxy in front of the BFF answers with, without our envelope, when the BFF is down. */
const gatewayStatuses = new Set([500, 502, 503, 504]);

/**
 * Calls a BFF endpoint by its registry id: fills the path's params, sends the body as JSON with the CSRF header on
 * every non-GET, and validates the answer with the endpoint's response schema. Every failure becomes an `ApiError`
 * or a `BffUnreachableError`, so screens only deal with those two.
 */
export async function api<Id extends ApiEndpointId>(id: Id, ...[request]: RequestArgs<Id>): Promise<ApiResponse<Id>> {
  const contracts = await loadContracts();
  const endpoint = contracts.getEndpoint(id);
  const { params, query, body, signal } = (request ?? {}) as {
    params?: Record<string, string | number>;
    query?: Record<string, unknown>;
    body?: unknown;
    signal?: AbortSignal;
  };
  const url = contracts.buildPath(endpoint.path, params ?? {}) + toQueryString(query ?? {});
  const headers: Record<string, string> = { accept: 'application/json' };
  if (endpoint.method !== 'GET') headers[contracts.csrfHeaderName] = '1';
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(url, {
      method: endpoint.method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    connectivity.markUnreachable();
    throw new BffUnreachableError();
  }

  const json: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const envelope = contracts.errorEnvelopeSchema.safeParse(json);
    if (envelope.success) {
      connectivity.markReachable();
      const { code, message, retryAfter, details } = envelope.data.error;
      throw new ApiError(response.status, code, message, retryAfter, details);
    }
    if (gatewayStatuses.has(response.status)) {
      connectivity.markUnreachable();
      throw new BffUnreachableError();
    }
    throw new ApiError(response.status, 'unexpected_response', `The server answered ${response.status} unexpectedly.`);
  }

  connectivity.markReachable();
  const schema = endpoint.response;
  if (schema === null) return undefined as ApiResponse<Id>;
  const parsed = (schema as z.ZodType).safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'invalid_response',
      'The server sent data this version of Switchboard cannot read.',
    );
  }
  return parsed.data as ApiResponse<Id>;
}
