import { z } from 'zod';

/** Aircall's pagination block, present on every listing. */
export const pageMetaSchema = z.looseObject({
  count: z.number().int(),
  total: z.number().int(),
  current_page: z.number().int(),
  per_page: z.number().int(),
  next_page_link: z.string().nullable(),
  previous_page_link: z.string().nullable(),
});
export type PageMeta = z.infer<typeof pageMetaSchema>;

/** A listing response: `{ meta, [key]: items[] }`, e.g. `{ meta, calls: [...] }`. */
export function pageSchema<K extends string, T extends z.ZodType>(key: K, item: T) {
  const items = { [key]: z.array(item) } as { [P in K]: z.ZodArray<T> };
  return z.looseObject({ meta: pageMetaSchema, ...items });
}

/** A single-object response: `{ [key]: object }`, e.g. `{ call: {...} }`. */
export function envelopeSchema<K extends string, T extends z.ZodType>(key: K, item: T) {
  const wrapped = { [key]: item } as { [P in K]: T };
  return z.looseObject(wrapped);
}

/** Nested copies of an object (a call's user, a team's users) carry only some fields: all optional but the id. */
export function referenceOf<T extends z.ZodObject<{ id: z.ZodType }, z.core.$loose>>(schema: T) {
  return schema.partial().required({ id: true });
}

/** Ordering and creation-date window accepted by most listings (UNIX seconds). */
export const listWindowSchema = z.object({
  from: z.number().int().nonnegative().optional(),
  to: z.number().int().nonnegative().optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

export const paginationSchema = z.object({
  page: z.number().int().positive().optional(),
  per_page: z.number().int().min(1).max(50).optional(),
});

export const e164Schema = z.string().regex(/^\+[1-9]\d{1,14}$/, 'Expected an E.164 phone number such as +18001231234');
