import { z } from 'zod';

export const callDirectionSchema = z.enum(['inbound', 'outbound']);
export const callStatusSchema = z.enum(['initial', 'answered', 'done']);

/**
 * The call-list query as it lives in the SPA's URL and the BFF's query string.
 * Every field falls back to its default on bad input (`.catch`) so a hand-edited URL never breaks the page;
 * the BFF parses the same schema strictly (`callListQueryStrictSchema`) to name the bad field instead.
 */
const callListQueryShape = {
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(50).default(50),
  order: z.enum(['asc', 'desc']).default('desc'),
  /** Inclusive lower bound, UNIX seconds. */
  from: z.coerce.number().int().nonnegative().optional(),
  /** Inclusive upper bound, UNIX seconds. */
  to: z.coerce.number().int().nonnegative().optional(),
};

export const callListQueryStrictSchema = z
  .object(callListQueryShape)
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

export const callListSearchSchema = z.object({
  page: callListQueryShape.page.catch(1),
  perPage: callListQueryShape.perPage.catch(50),
  order: callListQueryShape.order.catch('desc'),
  from: callListQueryShape.from.catch(undefined),
  to: callListQueryShape.to.catch(undefined),
});
export type CallListQuery = z.infer<typeof callListQueryStrictSchema>;

/** One row of the call list: what the table shows, flattened from Aircall's call object. */
export const callRowSchema = z.object({
  id: z.number().int(),
  direction: callDirectionSchema,
  status: callStatusSchema,
  missedCallReason: z.string().nullable(),
  /** The external party's number as Aircall formats it. */
  rawDigits: z.string().nullable(),
  number: z.object({ id: z.number().int(), name: z.string(), digits: z.string() }).nullable(),
  agent: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** UNIX seconds. */
  startedAt: z.number().int(),
  answeredAt: z.number().int().nullable(),
  endedAt: z.number().int().nullable(),
  /** Seconds, from start to end, as Aircall counts it. */
  duration: z.number().int().nonnegative(),
  archived: z.boolean(),
});
export type CallRow = z.infer<typeof callRowSchema>;

export const pageMetaSchema = z.object({
  page: z.number().int().min(1),
  perPage: z.number().int().min(1),
  total: z.number().int().nonnegative(),
  hasNextPage: z.boolean(),
});
export type PageMeta = z.infer<typeof pageMetaSchema>;

export const callListResponseSchema = z.object({
  calls: z.array(callRowSchema),
  meta: pageMetaSchema,
});
export type CallListResponse = z.infer<typeof callListResponseSchema>;
