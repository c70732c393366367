import { z } from 'zod';

export const companySchema = z.looseObject({
  name: z.string(),
  users_count: z.number().int(),
  numbers_count: z.number().int(),
});
export type Company = z.infer<typeof companySchema>;
