import { z } from 'zod';

/** Every /api error answers with this envelope, whatever went wrong. */
export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    /** Seconds until a retry may succeed (rate limits). */
    retryAfter: z.number().int().nonnegative().optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** Machine-readable error codes the BFF emits. */
export const errorCodes = [
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'unprocessable',
  'rate_limited',
  'upstream_unavailable',
  'upstream_rejected',
  'upstream_unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
