import type { z } from 'zod';
import { connectivity } from './connectivity';

type Contracts = typeof import('@switchboard/contracts');

/**
 * The BFF's zod schemas (zod's classic API: ~25 KB gzip, a fifth of the initial-JS budget) load after the first
 * paint: main.tsx starts loading them at once, and every request waits for them.
 */
export const loadContracts = (): Promise<Contracts> => import('@switchboard/contracts');

/** The BFF answered with its error envelope (or with something we could not read). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds until a retry may succeed, as the BFF says on a rate limit. */
    readonly retryAfter?: number,
  ) {
    super(message);
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

/** Statuses a proxy in front of the BFF answers with, without our envelope, when the BFF is down. */
const gatewayStatuses = new Set([500, 502, 503, 504]);

/**
 * GET a BFF endpoint and validate its JSON with the contracts schema `pickSchema` names.
 * Every failure becomes an `ApiError` or a `BffUnreachableError`, so screens only deal with those two.
 */
export async function getJson<T>(
  path: string,
  pickSchema: (contracts: Contracts) => z.ZodType<T>,
  init?: { signal?: AbortSignal },
): Promise<T> {
  const contracts = loadContracts();
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal: init?.signal ?? null });
  } catch (error) {
    if (init?.signal?.aborted) throw error;
    connectivity.markUnreachable();
    throw new BffUnreachableError();
  }

  const body: unknown = await response.json().catch(() => undefined);
  const { errorEnvelopeSchema } = await contracts;
  if (!response.ok) {
    const envelope = errorEnvelopeSchema.safeParse(body);
    if (envelope.success) {
      connectivity.markReachable();
      const { code, message, retryAfter } = envelope.data.error;
      throw new ApiError(response.status, code, message, retryAfter);
    }
    if (gatewayStatuses.has(response.status)) {
      connectivity.markUnreachable();
      throw new BffUnreachableError();
    }
    throw new ApiError(response.status, 'unexpected_response', `The server answered ${response.status} unexpectedly.`);
  }

  connectivity.markReachable();
  const parsed = pickSchema(await contracts).safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'invalid_response',
      'The server sent data this version of Switchboard cannot read.',
    );
  }
  return parsed.data;
}
