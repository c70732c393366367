import { z } from 'zod';
import { referenceOf } from './common';
import { userReferenceSchema } from './user';

export const tagSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  color: z.string(),
  description: z.string().nullable(),
  direct_link: z.string().optional(),
});
export type Tag = z.infer<typeof tagSchema>;

/** A tag as it appears on a call: who put it there and when (UNIX seconds). */
export const callTagSchema = referenceOf(tagSchema).extend({
  created_at: z.number().int().optional(),
  tagged_by: userReferenceSchema.nullish(),
});
export type CallTag = z.infer<typeof callTagSchema>;
