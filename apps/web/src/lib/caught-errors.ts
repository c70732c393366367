import type { RootOptions } from 'react-dom/client';
import { ApiError, BffUnreachableError } from './api-client';
import { ForbiddenError } from './session';

/**
 * Errors a page shows as what they are (the 403 page, "No such call", the BFF's message, "Server unreachable"):
 * outcomes, not faults, so the console stays quiet about them. Anything else is a fault and is logged as React would.
 */
export function isShownOutcome(error: unknown): boolean {
  return error instanceof ForbiddenError || error instanceof ApiError || error instanceof BffUnreachableError;
}

/** The React root's options: `createRoot(element, rootOptions)` in main.tsx and in the tests' renders. */
export const rootOptions = {
  onCaughtError(error) {
    if (!isShownOutcome(error)) console.error(error);
  },
} satisfies RootOptions;
