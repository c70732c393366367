import { z } from 'zod';
import { orDefault, tolerantArray } from '../tolerance';
import { referenceOf } from './common';
import { userReferenceSchema } from './user';

export const teamSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  direct_link: orDefault(z.string(), '', 'team.direct_link'),
  created_at: orDefault(z.string(), '', 'team.created_at'),
  users: tolerantArray(userReferenceSchema, 'team.users'),
});
export type Team = z.infer<typeof teamSchema>;

export const teamReferenceSchema = referenceOf(teamSchema);
