import { z } from 'zod';

export const dialerCampaignSchema = z.looseObject({
  id: z.number().int(),
  number_id: z.union([z.number(), z.string()]).nullable(),
  created_at: z.string(),
});
export type DialerCampaign = z.infer<typeof dialerCampaignSchema>;

export const dialerPhoneNumberSchema = z.looseObject({
  id: z.number().int(),
  number: z.string(),
  called: z.boolean(),
  created_at: z.string(),
});
export type DialerPhoneNumber = z.infer<typeof dialerPhoneNumberSchema>;
