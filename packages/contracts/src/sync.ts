import { z } from 'zod';
import { oneOf, unixSecondsSchema } from './common';
import { admins, defineEndpoint, everyone } from './endpoint';

export const syncResourceSchema = oneOf(['calls', 'users', 'teams', 'numbers', 'tags', 'contacts', 'dialerCampaigns']);
export const syncStateSchema = oneOf(['idle', 'backfilling', 'refreshing', 'waiting', 'failed']);

export const syncResourceStatusSchema = z.object({
  resource: syncResourceSchema,
  state: syncStateSchema,
  /** Everything up to here (UNIX seconds) is mirrored; the next window starts from it. */
  checkpoint: unixSecondsSchema.nullable(),
  /** Share of the backfill done, 0 to 1; null when unknown. */
  progress: z.number().min(0).max(1).nullable(),
  itemsSynced: z.number().int().nonnegative(),
  lastSuccessAt: unixSecondsSchema.nullable(),
  nextRunAt: unixSecondsSchema.nullable(),
  lastError: z.string().nullable(),
});
export type SyncResourceStatus = z.infer<typeof syncResourceStatusSchema>;

const requestCount = z.number().int().nonnegative();
export const syncStatusResponseSchema = z.object({
  resources: z.array(syncResourceStatusSchema),
  /** The company-wide Aircall budget, shared by every BFF instance. */
  budget: z.object({
    limitPerMinute: z.number().int().positive(),
    /** Requests that may go out right now. */
    available: z.number().nonnegative(),
    /** Requests sent in the last minute, per lane. */
    usedLastMinute: z.object({ live: requestCount, interactive: requestCount, background: requestCount }),
    /** Nothing is sent before this (after a 429), UNIX seconds. */
    pausedUntil: unixSecondsSchema.nullable(),
    rateLimitedLastHour: requestCount,
  }),
  webhook: z.object({
    registered: z.boolean(),
    active: z.boolean(),
    lastEventAt: unixSecondsSchema.nullable(),
    /** Events stored but not yet applied to the mirror. */
    pendingEvents: z.number().int().nonnegative(),
  }),
});
export type SyncStatusResponse = z.infer<typeof syncStatusResponseSchema>;

/** Whether the first import of the call history is still running, for the banner every page shows meanwhile. */
export const callHistoryImportSchema = z.object({
  importing: z.boolean(),
  /** Calls mirrored so far. */
  itemsSynced: z.number().int().nonnegative(),
  /** Share of the history window read, 0 to 1; null before the first page. */
  progress: z.number().min(0).max(1).nullable(),
  /** About how many calls the whole history holds, from the pace so far; null until it can be told. */
  estimatedTotal: z.number().int().nonnegative().nullable(),
});
export type CallHistoryImport = z.infer<typeof callHistoryImportSchema>;

export const syncEndpoints = [
  defineEndpoint({
    id: 'sync.callHistory',
    method: 'GET',
    path: '/api/sync/call-history',
    response: callHistoryImportSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'Whether the call history is still being imported, and how far along (no Aircall request).',
  }),
  defineEndpoint({
    id: 'sync.status',
    method: 'GET',
    path: '/api/sync/status',
    response: syncStatusResponseSchema,
    status: 200,
    roles: admins,
    audit: false,
    lane: null,
    summary: 'Mirror sync progress per resource, the Aircall budget and webhook health.',
  }),
] as const;
