import type { z } from 'zod';
import type { Budget, WhenRateLimited } from '../budget/budget';
import type { Lane } from '../budget/policy';
import type { Clock } from '../clock';
import { AircallError, errorForStatus } from '../errors';
import { type RetryPolicy, retryDelay } from '../retry';
import { addOddities, collectOddities, noOddities, type Oddities } from '../tolerance';
import { type PathParams, type QueryObject, resolvePath } from './query';
import { parseRateHeaders } from './rate-headers';
import type { HttpMethod, HttpResponse, Transport } from './transport';
import { parseResponse } from './validation';

/** Per-call options every method accepts as its last argument. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the client's per-request timeout (per attempt). */
  timeoutMs?: number;
  /** Priority lane. Default: 'live' for actions on ongoing calls, 'background' for iterators, else 'interactive'. */
  lane?: Lane;
  /** During a cooldown after a 429: fail at once with RateLimitedError (default) or wait for its end. */
  whenRateLimited?: WhenRateLimited;
  /** Who the request is for (see the budget's `party`). Default: the client's `party()`. */
  party?: string;
}

/** One Aircall operation: a route template, its inputs, and the schema of a successful answer. */
export interface Operation<T> {
  method: HttpMethod;
  /** e.g. `/v1/calls/:id/comments`; placeholders are filled from `pathParams` after validation. */
  route: string;
  pathParams?: PathParams;
  query?: QueryObject | URLSearchParams;
  body?: unknown;
  /** Lane used when the caller names none. */
  lane?: Lane;
  /** Schema of the 2xx body; `null` when the answer carries nothing useful (204, or 201 without a body). */
  response: z.ZodType<T> | null;
}

/** Sent to `onRequest` just before each attempt goes out. */
export interface RequestEvent {
  method: HttpMethod;
  /** The route template, e.g. `/v1/calls/:id` (low-cardinality, for metrics). */
  route: string;
  /** The concrete path, without query string. */
  path: string;
  lane: Lane;
  /** 1 for the first attempt. */
  attempt: number;
  /** Tokens left in the budget after this request took its own; undefined without a budget. */
  budgetRemaining: number | undefined;
  /** Time spent queueing for a token. */
  budgetWaitMs: number;
}

/** Sent to `onResponse` after each attempt, answered or failed. */
export interface ResponseEvent extends RequestEvent {
  /** HTTP status, undefined when no answer came (timeout, network). */
  status: number | undefined;
  durationMs: number;
  error: AircallError | undefined;
  /** Set when the client will try again after this delay. */
  retryInMs: number | undefined;
}

/** Sent to `onOddities` when an answer was read tolerantly: fields defaulted, list elements left out. */
export interface OdditiesEvent extends Oddities {
  method: HttpMethod;
  /** The route template, e.g. `/v1/calls`. */
  route: string;
}

export interface ClientHooks {
  onRequest?(event: RequestEvent): void;
  onResponse?(event: ResponseEvent): void;
  /** Log these (they hold field names and counts only, never values). */
  onOddities?(event: OdditiesEvent): void;
}

export interface ExecutorConfig {
  transport: Transport;
  /** null when the client runs without a budget. */
  budget: Budget | null;
  /** Who a request that names no party is for. */
  party(): string | undefined;
  retry: RetryPolicy;
  clock: Clock;
  random: () => number;
  hooks: ClientHooks;
  whenRateLimited: WhenRateLimited;
}

export interface Executor {
  /** Sends an operation through budget, retries and hooks; resolves with the raw 2xx answer. */
  send(operation: Omit<Operation<unknown>, 'response'>, options?: RequestOptions): Promise<HttpResponse>;
  /** `send`, then validates the answer with the operation's schema. */
  execute<T>(operation: Operation<T>, options?: RequestOptions): Promise<T>;
  /** Validates a body with a schema as `execute` does, reporting what was read tolerantly. */
  read<T>(
    schema: z.ZodType<T>,
    body: unknown,
    where: { method: HttpMethod; route: string; path: string; status: number },
  ): T;
  /** What tolerant reading replaced or dropped since the client was created. */
  oddities(): Oddities;
}

export function createExecutor(config: ExecutorConfig): Executor {
  const { transport, budget, clock, hooks } = config;

  async function send(
    operation: Omit<Operation<unknown>, 'response'>,
    options: RequestOptions = {},
  ): Promise<HttpResponse> {
    const { method, route, query, body } = operation;
    const path = resolvePath(route, operation.pathParams, method);
    const lane = options.lane ?? operation.lane ?? 'interactive';
    const whenRateLimited = options.whenRateLimited ?? config.whenRateLimited;
    const party = options.party ?? config.party();
    const startedAt = clock.now();

    for (let attempt = 1; ; attempt += 1) {
      const permit = budget
        ? await budget.acquire(lane, { signal: options.signal, whenRateLimited, method, path, party })
        : null;
      const event: RequestEvent = {
        method,
        route,
        path,
        lane,
        attempt,
        budgetRemaining: permit?.remaining,
        budgetWaitMs: permit?.waitedMs ?? 0,
      };
      notify(hooks.onRequest, event);
      const sentAt = clock.now();
      let response: HttpResponse | undefined;
      let failure: unknown;
      try {
        response = await transport({ method, path, query, body, signal: options.signal, timeoutMs: options.timeoutMs });
      } catch (caught) {
        failure = caught;
      }
      const rate = response ? parseRateHeaders(response.headers, clock.now()) : {};
      // A 429 without any header still means "stop": back off for a second at least.
      const rateLimitedUntil = response?.status === 429 ? (rate.retryAt ?? clock.now() + 1_000) : undefined;
      if (response && !response.ok) {
        const { error, troubleshoot } = aircallErrorFields(response.body);
        failure = errorForStatus(response.status, { method, path, error, troubleshoot, retryAt: rateLimitedUntil });
      } else if (response?.body instanceof AircallError) {
        failure = response.body;
      }
      await budget?.settle({ remaining: rate.remaining, resetAt: rate.resetAt, rateLimitedUntil });

      const retryInMs =
        failure === undefined || options.signal?.aborted
          ? undefined
          : retryDelay(failure, config.retry, {
              method,
              attempt,
              startedAt,
              now: clock.now(),
              retryAfterAt: rate.retryAfterAt,
              waitsWhenRateLimited: whenRateLimited === 'wait',
              random: config.random,
            });
      notify(hooks.onResponse, {
        ...event,
        status: response?.status,
        durationMs: clock.now() - sentAt,
        error: failure instanceof AircallError ? failure : undefined,
        retryInMs,
      });
      if (failure === undefined && response) return response;
      if (retryInMs === undefined) throw failure;
      await clock.sleep(retryInMs, options.signal);
      if (options.signal?.aborted) throw options.signal.reason;
    }
  }

  const total: Oddities = { defaulted: {}, dropped: {}, reasons: [] };
  function read<T>(
    schema: z.ZodType<T>,
    body: unknown,
    where: { method: HttpMethod; route: string; path: string; status: number },
  ): T {
    const { value, oddities } = collectOddities(() => parseResponse(schema, body, where));
    if (!noOddities(oddities)) {
      addOddities(total, oddities);
      notify(hooks.onOddities, { method: where.method, route: where.route, ...oddities });
    }
    return value;
  }

  return {
    send,
    read,
    async execute<T>(operation: Operation<T>, options?: RequestOptions): Promise<T> {
      const answer = await send(operation, options);
      if (operation.response === null) return undefined as T;
      const path = resolvePath(operation.route, operation.pathParams, operation.method);
      return read(operation.response, answer.body, {
        method: operation.method,
        route: operation.route,
        path,
        status: answer.status,
      });
    },
    oddities: () => structuredClone(total),
  };
}

/** Hooks observe; a failing hook must never fail the request. */
function notify<E>(hook: ((event: E) => void) | undefined, event: E): void {
  try {
    hook?.(event);
  } catch {
    // deliberately ignored
  }
}

/** Aircall's error payload is `{ error, troubleshoot }`; anything else says nothing we could use. */
function aircallErrorFields(body: unknown): { error?: string; troubleshoot?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const { error, troubleshoot } = body as Record<string, unknown>;
  return {
    error: typeof error === 'string' ? error : undefined,
    troubleshoot: typeof troubleshoot === 'string' ? troubleshoot : undefined,
  };
}
