import { z } from 'zod';
import { defineEndpoint } from './endpoint';

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number().nonnegative(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/**
 * Readiness: the store answers (else 503). Whether Aircall answers is said, not required: reads come from the
 * mirror, so an instance serves while Aircall is away. Told from the sync's last run, without spending budget.
 */
export const readinessResponseSchema = z.object({
  status: z.literal('ready'),
  store: z.literal('ok'),
  aircall: z.enum(['answering', 'failing', 'unknown']),
});
export type ReadinessResponse = z.infer<typeof readinessResponseSchema>;

export const healthEndpoints = [
  defineEndpoint({
    id: 'health',
    method: 'GET',
    path: '/api/health',
    response: healthResponseSchema,
    status: 200,
    roles: 'public',
    audit: false,
    lane: null,
    summary: 'Liveness: answers while the process serves requests (for restarts; it checks nothing else).',
  }),
  defineEndpoint({
    id: 'health.ready',
    method: 'GET',
    path: '/api/health/ready',
    response: readinessResponseSchema,
    status: 200,
    roles: 'public',
    audit: false,
    lane: null,
    summary:
      'Readiness, for load balancers: 200 while the database answers, 503 when it does not; says whether Aircall answered the last sync.',
  }),
] as const;
