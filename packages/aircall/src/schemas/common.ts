import { z } from 'zod';
import { orDefault, tolerantArray } from '../tolerance';

/**
 * Aircall's pagination block, present on every listing. `next_page_link` is required: a listing whose end cannot be
 * told must fail, not look complete (a mirror would delete what it did not see).
 */
export const pageMetaSchema = z.looseObject({
  count: orDefault(z.number().int(), 0, 'meta.count'),
  total: orDefault(z.number().int(), 0, 'meta.total'),
  current_page: orDefault(z.number().int(), 1, 'meta.current_page'),
  per_page: orDefault(z.number().int(), 0, 'meta.per_page'),
  next_page_link: z.string().nullable(),
  previous_page_link: orDefault(z.string().nullable(), null, 'meta.previous_page_link'),
});
export type PageMeta = z.infer<typeof pageMetaSchema>;

/** The parsed form of a listing: `{ meta, [key]: items[] }`, plus any field Aircall adds. */
export type PageOf<K extends string, T> = { meta: PageMeta } & { [P in K]: T[] } & Record<string, unknown>;

/**
 * A listing response, e.g. `{ meta, calls: [...] }`; unknown fields are kept. The list itself must be there; an
 * element the item schema refuses is left out (and counted), never the page.
 */
export function pageSchema<K extends string, T extends z.ZodType>(key: K, item: T): z.ZodType<PageOf<K, z.output<T>>> {
  // zod cannot type a computed key; the declared return type states what the object schema produces.
  return z.looseObject({
    meta: pageMetaSchema,
    [key]: tolerantArray(item, key, { required: true }),
  }) as z.ZodType as z.ZodType<PageOf<K, z.output<T>>>;
}

/** A single-object response, e.g. `{ call: {...} }`. */
export function envelopeSchema<K extends string, T extends z.ZodType>(
  key: K,
  item: T,
): z.ZodType<{ [P in K]: z.output<T> }> {
  return z.looseObject({ [key]: item }) as z.ZodType as z.ZodType<{ [P in K]: z.output<T> }>;
}

/** Nested copies of an object (a call's user, a team's users) carry only some fields: all optional but the id. */
export function referenceOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape, z.core.$loose>) {
  return schema.partial().extend({ id: z.number().int() });
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
