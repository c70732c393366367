import { z } from 'zod';
import { oneOf, unixSecondsSchema } from './common';
import { defineEndpoint, everyone } from './endpoint';

export const jobKindSchema = oneOf(['calls.bulkTag', 'calls.bulkArchive', 'dialerCampaigns.teamImport']);
export const jobStateSchema = oneOf(['queued', 'running', 'succeeded', 'failed']);
export type JobKind = z.infer<typeof jobKindSchema>;
export type JobState = z.infer<typeof jobStateSchema>;

/** Opaque job id (a UUID). */
export const jobIdSchema = z.uuid({ error: 'must be a job id' });

export const jobFailureSchema = z.object({
  /** The call id, or the user id of a team import. */
  itemId: z.number().int(),
  code: z.string(),
  message: z.string(),
});

/**
 * A long action, run item by item within the Aircall budget. `succeeded` means every item was tried; items that
 * failed are listed (the first 100) and counted in `failed`.
 */
export const jobSchema = z.object({
  id: jobIdSchema,
  kind: jobKindSchema,
  state: jobStateSchema,
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  failures: z.array(jobFailureSchema).max(100),
  createdAt: unixSecondsSchema,
  finishedAt: unixSecondsSchema.nullable(),
});
export type Job = z.infer<typeof jobSchema>;

export const jobResponseSchema = z.object({ job: jobSchema });
export type JobResponse = z.infer<typeof jobResponseSchema>;

export const jobEndpoints = [
  defineEndpoint({
    id: 'jobs.get',
    method: 'GET',
    path: '/api/jobs/:jobId',
    params: z.object({ jobId: jobIdSchema }),
    response: jobResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'A job’s progress (also pushed as `job.progress` events). Agents see only the jobs they started.',
  }),
] as const;
