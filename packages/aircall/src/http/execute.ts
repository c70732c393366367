import type { z } from 'zod';
import { type PathParams, type QueryObject, resolvePath } from './query';
import type { HttpMethod, Transport } from './transport';
import { parseResponse } from './validation';

/** Per-call options every method accepts as its last argument. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the client's per-request timeout. */
  timeoutMs?: number;
}

/** One Aircall operation: a route template, its inputs, and the schema of a successful answer. */
export interface Operation<T> {
  method: HttpMethod;
  /** e.g. `/v1/calls/:id/comments`; placeholders are filled from `pathParams` after validation. */
  route: string;
  pathParams?: PathParams;
  query?: QueryObject;
  body?: unknown;
  /** Schema of the 2xx body; `null` when the answer carries nothing useful (204, or 201 without a body). */
  response: z.ZodType<T> | null;
}

export type Execute = <T>(operation: Operation<T>, options?: RequestOptions) => Promise<T>;

export function createExecutor(transport: Transport): Execute {
  return async <T>(operation: Operation<T>, options: RequestOptions = {}): Promise<T> => {
    const { method, route, pathParams, query, body, response } = operation;
    const path = resolvePath(route, pathParams, method);
    const answer = await transport({ method, path, query, body, signal: options.signal, timeoutMs: options.timeoutMs });
    if (response === null) return undefined as T;
    return parseResponse(response, answer.body, { method, path, status: answer.status });
  };
}
