import {
  AircallError,
  ForbiddenError,
  NetworkError,
  RateLimitedError,
  RejectedError,
  ResourceUnavailableError,
  ServerError,
  TimeoutError,
} from '@switchboard/aircall';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { InvalidCursorError } from '../cursor';
import { fieldError, HttpError } from './errors';

/** What Aircall said, in words fit for the console: its troubleshoot text is written for people. */
function upstreamMessage(error: AircallError, fallback: string): string {
  return error.troubleshoot || error.error || fallback;
}

/** Maps the client's typed errors onto the BFF's statuses; anything unknown is a 500 that reveals nothing. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // Every list takes its cursor as `query.cursor`; each decodes its own, wherever the position is used.
  if (error instanceof InvalidCursorError) {
    const rule = 'must be a cursor returned by a previous page of the same list, sort and order';
    return fieldError(400, 'bad_request', 'query.cursor', rule, `Invalid request — query.cursor: ${rule}`);
  }
  if (error instanceof RateLimitedError) {
    const retryAfter = Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000));
    return new HttpError(
      429,
      'rate_limited',
      'Aircall is busy (company rate limit reached); try again shortly.',
      undefined,
      retryAfter,
    );
  }
  if (error instanceof ForbiddenError) {
    return new HttpError(502, 'upstream_unauthorized', 'Aircall refused the configured API credentials.');
  }
  if (error instanceof ResourceUnavailableError) {
    if (error.status === 422) return new HttpError(422, 'unprocessable', upstreamMessage(error, 'Aircall refused it.'));
    return new HttpError(404, 'not_found', upstreamMessage(error, 'Not found in Aircall.'));
  }
  if (error instanceof RejectedError) {
    if (error.status === 400)
      return new HttpError(400, 'upstream_rejected', upstreamMessage(error, 'Aircall refused it.'));
    return new HttpError(409, 'conflict', upstreamMessage(error, 'Aircall refused it.'));
  }
  if (error instanceof TimeoutError)
    return new HttpError(502, 'upstream_unavailable', 'Aircall did not answer in time.');
  if (error instanceof NetworkError || error instanceof ServerError || error instanceof AircallError) {
    return new HttpError(502, 'upstream_unavailable', 'Aircall cannot be reached right now.');
  }
  return fromExpressError(error) ?? new HttpError(500, 'internal', 'Something went wrong on our side.');
}

/**
 * body-parser raises http-errors where `expose` marks the caller's doing; serve-static answers a missing file with a
 * plain fs error carrying status 404; the router a path it cannot decode with a URIError carrying status 400.
 */
function fromExpressError(error: unknown): HttpError | undefined {
  const candidate = error as { status?: unknown; expose?: unknown; type?: unknown; message?: unknown } | null;
  if (candidate?.status === 404) return new HttpError(404, 'not_found', 'Not found.');
  // The router could not decode a path segment (bytes that are no UTF-8, such as a lone surrogate's).
  if (error instanceof URIError && candidate?.status === 400)
    return new HttpError(400, 'bad_request', 'The path holds percent-encoded bytes that are not valid UTF-8.');
  if (candidate?.expose !== true || typeof candidate.status !== 'number' || candidate.status >= 500) return undefined;
  if (candidate.type === 'entity.parse.failed') {
    return new HttpError(400, 'bad_request', 'The request body is not valid JSON.');
  }
  if (candidate.status === 413)
    return new HttpError(413, 'bad_request', 'The request body is too large (100 KB at most).');
  return new HttpError(candidate.status, 'bad_request', String(candidate.message));
}

export const errorMiddleware: ErrorRequestHandler = (error, req, res, _next) => {
  const httpError = toHttpError(error);
  if (httpError.status >= 500) req.log.error({ err: error }, 'request failed');
  else req.log.info({ code: httpError.code }, httpError.message);
  if (httpError.retryAfter !== undefined) res.setHeader('Retry-After', String(httpError.retryAfter));
  res.status(httpError.status).json(httpError.toEnvelope());
};

export const notFoundHandler: RequestHandler = (req) => {
  throw new HttpError(404, 'not_found', `No route for ${req.method} ${req.path}`);
};
