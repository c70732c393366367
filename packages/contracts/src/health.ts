import { z } from 'zod';
import { defineEndpoint } from './endpoint';

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number().nonnegative(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

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
    summary: 'Liveness: answers while the process serves requests.',
  }),
] as const;
