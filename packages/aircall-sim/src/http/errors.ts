/** An Aircall error response: `{ error, troubleshoot }` with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 409 | 422 | 429 | 500 | 502 | 503 | 504,
    readonly error: string,
    readonly troubleshoot: string,
  ) {
    super(`${status} ${error}: ${troubleshoot}`);
  }

  body() {
    return { error: this.error, troubleshoot: this.troubleshoot };
  }
}

export const badRequest = (troubleshoot: string) => new ApiError(400, 'Bad Request', troubleshoot);
export const notFound = (what: string) => new ApiError(404, 'Not found', `${what} not found. Id does not exist`);
export const notAllowed = (troubleshoot: string) => new ApiError(405, 'Method Not Allowed', troubleshoot);
/** What Aircall answers for a route it does not have (and for the endpoints it retired). */
export const unknownRoute = (method: string, path: string) =>
  new ApiError(404, 'Not found', `No route for ${method} ${path}`);
export const conflict = (troubleshoot: string) => new ApiError(409, 'Conflict', troubleshoot);
export const unprocessable = (troubleshoot: string) => new ApiError(422, 'Unprocessable Entity', troubleshoot);
export const forbidden = (troubleshoot = 'Invalid API key or Bearer access token') =>
  new ApiError(403, 'Forbidden', troubleshoot);

/** The record, or a 404 naming what was looked for. */
export function found<T>(record: T | undefined | null, what: string): T {
  if (record === undefined || record === null) throw notFound(what);
  return record;
}
