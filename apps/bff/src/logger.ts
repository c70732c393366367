import pino, { type DestinationStream, type Logger } from 'pino';
import { describeError } from './privacy';

/** Paths that may hold secrets; pino replaces their values before anything is written. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.apiToken',
  '*.api_token',
  '*.password',
  '*.token',
];

/**
 * Every `err` logged, whoever logs it, is its type, code and short masked message (see describeError), and the
 * frames of its stack without the message line: never a query's parameters or a whole phone number.
 */
export function loggedError(logged: unknown) {
  // pino-http hands a custom serializer pino's own serialization of the error; its `raw` is the error thrown.
  const error =
    logged instanceof Error || logged === null || typeof logged !== 'object'
      ? logged
      : ((logged as { raw?: unknown }).raw ?? logged);
  const frames =
    error instanceof Error ? error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')) : [];
  return {
    type: error instanceof Error ? error.name : typeof error,
    ...describeError(error),
    ...(frames && frames.length > 0 ? { stack: frames.slice(0, 10).join('\n') } : {}),
  };
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: { err: loggedError },
    },
    options.destination,
  );
}
