/**
 * One error hierarchy for everything the client can throw. Every error names the request (method and path, never the
 * query string, which may hold phone numbers or emails) and, when Aircall answered, its status and its own `error` /
 * `troubleshoot` texts. Credentials never reach an error: the transport keeps them in a closure and no error is built
 * from request headers.
 */
export interface AircallErrorDetails {
  method: string;
  path: string;
  status?: number;
  error?: string;
  troubleshoot?: string;
  cause?: unknown;
}

export class AircallError extends Error {
  override name = 'AircallError';
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  /** Aircall's short error title, e.g. "Forbidden". */
  readonly error?: string;
  /** Aircall's readable explanation of the error. */
  readonly troubleshoot?: string;

  constructor(message: string, details: AircallErrorDetails) {
    super(
      `${message} (${details.method} ${details.path})`,
      details.cause === undefined ? {} : { cause: details.cause },
    );
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.error = details.error;
    this.troubleshoot = details.troubleshoot;
  }

  toJSON() {
    return {
      name: this.name,
      message: this.message,
      method: this.method,
      path: this.path,
      status: this.status,
      error: this.error,
      troubleshoot: this.troubleshoot,
    };
  }
}

/** 429, or refused locally because the budget is in cooldown. Nothing should be sent before `retryAt`. */
export class RateLimitedError extends AircallError {
  override name = 'RateLimitedError';
  /** From this instant on, requests may be sent again. */
  readonly retryAt: Date;

  constructor(message: string, details: AircallErrorDetails & { retryAt: number }) {
    super(message, details);
    this.retryAt = new Date(details.retryAt);
  }

  override toJSON() {
    return { ...super.toJSON(), retryAt: this.retryAt.toISOString() };
  }
}

/** 404, 410, 422: the resource is missing, gone or not (yet) in a state that allows the operation. */
export class ResourceUnavailableError extends AircallError {
  override name = 'ResourceUnavailableError';
}

/** 400, 405, 409: Aircall refused the request as sent. Do not retry it unchanged. */
export class RejectedError extends AircallError {
  override name = 'RejectedError';
}

/** 401, 403: wrong credentials, or an operation the key may not perform. */
export class ForbiddenError extends AircallError {
  override name = 'ForbiddenError';
}

/** 5xx. */
export class ServerError extends AircallError {
  override name = 'ServerError';
}

/** No answer within the per-request timeout. */
export class TimeoutError extends AircallError {
  override name = 'TimeoutError';
}

/** The request never got an HTTP answer: DNS, refused connection, reset socket. */
export class NetworkError extends AircallError {
  override name = 'NetworkError';
}

/** The caller's input failed validation; nothing was sent. */
export class InvalidInputError extends AircallError {
  override name = 'InvalidInputError';
}

/** Aircall answered 2xx with a body that does not match the documented shape. */
export class UnexpectedResponseError extends AircallError {
  override name = 'UnexpectedResponseError';
}

/** The operation exists but cannot be used with Basic Auth (OAuth-only); nothing was sent. */
export class UnsupportedOperationError extends AircallError {
  override name = 'UnsupportedOperationError';
}

/** Maps an HTTP error status to the matching class of the hierarchy. */
export function errorForStatus(status: number, details: AircallErrorDetails & { retryAt?: number }): AircallError {
  const title = details.error ?? `HTTP ${status}`;
  const message = details.troubleshoot ? `${title}: ${details.troubleshoot}` : title;
  const withStatus = { ...details, status };
  if (status === 429) return new RateLimitedError(message, { ...withStatus, retryAt: details.retryAt ?? Date.now() });
  if (status === 401 || status === 403) return new ForbiddenError(message, withStatus);
  if (status === 404 || status === 410 || status === 422) return new ResourceUnavailableError(message, withStatus);
  if (status === 400 || status === 405 || status === 409) return new RejectedError(message, withStatus);
  if (status >= 500) return new ServerError(message, withStatus);
  return new AircallError(message, withStatus);
}
