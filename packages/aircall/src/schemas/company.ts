import { z } from 'zod';
import { orDefault } from '../tolerance';

export const companySchema = z.looseObject({
  name: z.string(),
  users_count: orDefault(z.number().int(), 0, 'company.users_count'),
  numbers_count: orDefault(z.number().int(), 0, 'company.numbers_count'),
});
export type Company = z.infer<typeof companySchema>;
