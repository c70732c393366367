import { z } from 'zod';
import { referenceOf } from './common';
import { userReferenceSchema } from './user';

export const teamSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  direct_link: z.string(),
  created_at: z.string(),
  users: z.array(userReferenceSchema),
});
export type Team = z.infer<typeof teamSchema>;

export const teamReferenceSchema = referenceOf(teamSchema);
