import type { ErrorCode, ErrorEnvelope } from '@switchboard/contracts';

/** An error the BFF means to show its caller: status, code and a message safe to display. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toEnvelope(): ErrorEnvelope {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
        ...(this.retryAfter === undefined ? {} : { retryAfter: this.retryAfter }),
      },
    };
  }
}

/** An error about one input field, in the shape the framework's validation uses (forms show it beside the field). */
export function fieldError(status: number, code: ErrorCode, field: string, rule: string, message: string): HttpError {
  return new HttpError(status, code, message, { fields: [{ field, rule }] });
}
