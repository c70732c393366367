/** What Aircall's answer says about the company-wide rate limit. All instants are epoch milliseconds. */
export interface RateInfo {
  limit?: number;
  remaining?: number;
  /** When the counter resets (X-AircallApi-Reset). */
  resetAt?: number;
  /** Retry-After, as an instant. */
  retryAfterAt?: number;
  /** When a request may be sent again after a refusal: Retry-After if present, else the reset. */
  retryAt?: number;
}

export function parseRateHeaders(headers: Headers, now: number): RateInfo {
  const limit = integerHeader(headers, 'x-aircallapi-limit');
  const remaining = integerHeader(headers, 'x-aircallapi-remaining');
  const reset = integerHeader(headers, 'x-aircallapi-reset');
  // The reset is a UNIX timestamp; accept milliseconds too rather than waiting 50 years by mistake.
  const resetAt = reset === undefined ? undefined : reset > 1e11 ? reset : reset * 1000;
  const retryAfterAt = parseRetryAfter(headers.get('retry-after'), now);
  return { limit, remaining, resetAt, retryAfterAt, retryAt: retryAfterAt ?? resetAt };
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return now + Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date;
}

function integerHeader(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}
