import { z } from 'zod';
import { orDefault } from '../tolerance';

export const dialerCampaignSchema = z.looseObject({
  id: z.number().int(),
  number_id: orDefault(z.union([z.number(), z.string()]).nullable(), null, 'dialer_campaign.number_id'),
  created_at: orDefault(z.string(), '', 'dialer_campaign.created_at'),
});
export type DialerCampaign = z.infer<typeof dialerCampaignSchema>;

export const dialerPhoneNumberSchema = z.looseObject({
  id: z.number().int(),
  number: z.string(),
  called: orDefault(z.boolean(), false, 'dialer_number.called'),
  created_at: orDefault(z.string(), '', 'dialer_number.created_at'),
});
export type DialerPhoneNumber = z.infer<typeof dialerPhoneNumberSchema>;
