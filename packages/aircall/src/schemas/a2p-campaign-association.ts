import { z } from 'zod';

export const a2pCampaignAssociationSchema = z.looseObject({
  id: z.number().int(),
  company_id: z.number().int(),
  external_id: z.string(),
  update_status: z.enum(['pending', 'done', 'failed']),
  update_message: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  /** E.164 without the leading +; Aircall's samples show them as numbers. */
  numbers: z.array(z.union([z.string(), z.number()])),
});
export type A2pCampaignAssociation = z.infer<typeof a2pCampaignAssociationSchema>;
