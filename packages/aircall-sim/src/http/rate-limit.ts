export interface RateLimitOptions {
  limit: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  headers: Record<string, string>;
  retryAfterSeconds: number;
}

/**
 * Aircall's company-wide budget: `limit` requests per rolling `windowMs`. X-AircallApi-Reset is the UNIX time at
 * which the oldest counted request leaves the window, i.e. when a slot frees up.
 */
export class RateLimiter {
  private readonly hits: number[] = [];

  constructor(
    readonly options: RateLimitOptions,
    private readonly now: () => number,
  ) {}

  take(): RateLimitDecision {
    const now = this.now();
    while (this.hits.length > 0 && (this.hits[0] ?? 0) <= now - this.options.windowMs) this.hits.shift();
    const allowed = this.hits.length < this.options.limit;
    if (allowed) this.hits.push(now);
    const resetAt = (this.hits[0] ?? now) + this.options.windowMs;
    const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((resetAt - now) / 1000));
    return {
      allowed,
      retryAfterSeconds,
      headers: {
        'X-AircallApi-Limit': String(this.options.limit),
        'X-AircallApi-Remaining': String(this.options.limit - this.hits.length),
        'X-AircallApi-Reset': String(Math.ceil(resetAt / 1000)),
      },
    };
  }

  reset(): void {
    this.hits.length = 0;
  }
}
