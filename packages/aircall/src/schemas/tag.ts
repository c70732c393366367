import { z } from 'zod';
import { optionalField, orDefault } from '../tolerance';
import { referenceOf } from './common';
import { nestedUser } from './user';

export const tagSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  color: orDefault(z.string(), '', 'tag.color'),
  description: orDefault(z.string().nullable(), null, 'tag.description'),
  direct_link: optionalField(z.string(), 'tag.direct_link'),
});
export type Tag = z.infer<typeof tagSchema>;

/** A tag as it appears on a call: who put it there and when (UNIX seconds). */
export const callTagSchema = referenceOf(tagSchema).extend({
  created_at: optionalField(z.number().int(), 'call_tag.created_at'),
  tagged_by: nestedUser('call_tag.tagged_by').optional(),
});
export type CallTag = z.infer<typeof callTagSchema>;
