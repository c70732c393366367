import { AircallError, NetworkError, RateLimitedError, ServerError, TimeoutError } from './errors';
import type { HttpMethod } from './http/transport';

export interface RetryPolicy {
  /** Attempts in total, the first included. Default 3. */
  maxAttempts: number;
  /** Upper bound of the first backoff; doubles with each attempt. Default 500 ms. */
  baseDelayMs: number;
  /** Largest single backoff. Default 10 s. */
  maxDelayMs: number;
  /** No retry starts later than this after the first attempt. Default 30 s. */
  maxElapsedMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  maxElapsedMs: 30_000,
};

/** GET, PUT and DELETE may be repeated; a POST (transfer, comment, insight card, contact) may not. */
export const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'PUT', 'DELETE']);

export interface RetryContext {
  method: HttpMethod;
  /** 1 for the attempt that just failed. */
  attempt: number;
  /** When the first attempt started, epoch ms. */
  startedAt: number;
  now: number;
  /** Retry-After of the failed answer, epoch ms, if it had one. */
  retryAfterAt: number | undefined;
  /** The caller waits out cooldowns instead of failing fast. */
  waitsWhenRateLimited: boolean;
  random: () => number;
}

/**
 * How long to wait before retrying, or undefined to give up. Transport failures and 5xx are retried only for
 * idempotent methods, with exponential backoff and full jitter (a uniform delay in [0, base × 2^n]), never sooner
 * than Retry-After. A 429 is retried, whatever the method, only when the caller asked to wait: Aircall refused the
 * request before doing anything, and the budget holds it back until the cooldown ends (so no delay here).
 */
export function retryDelay(error: unknown, policy: RetryPolicy, context: RetryContext): number | undefined {
  if (!(error instanceof AircallError) || context.attempt >= policy.maxAttempts) return undefined;
  if (error instanceof RateLimitedError) return context.waitsWhenRateLimited ? 0 : undefined;
  const transient = error instanceof NetworkError || error instanceof TimeoutError || error instanceof ServerError;
  if (!transient || !IDEMPOTENT_METHODS.has(context.method)) return undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (context.attempt - 1));
  const jittered = Math.floor(context.random() * ceiling);
  const delay = Math.max(jittered, (context.retryAfterAt ?? 0) - context.now);
  return context.now + delay - context.startedAt > policy.maxElapsedMs ? undefined : delay;
}
