import { z } from 'zod';
import type { Executor } from '../http/execute';
import { a2pCampaignAssociationSchema } from '../schemas/a2p-campaign-association';
import { paginationSchema } from '../schemas/common';
import { crudOf } from './crud';

export type A2pCampaignAssociationListParams = z.input<typeof paginationSchema>;

/** US numbers in E.164 without the leading + (Aircall's own samples send them as JSON numbers). */
const numbersSchema = z.array(z.union([z.string().regex(/^[1-9]\d{1,14}$/), z.number().int().positive()])).min(1);

export const createA2pCampaignAssociationSchema = z.strictObject({
  external_campaign_id: z.string().min(1),
  numbers: numbersSchema,
});
export type CreateA2pCampaignAssociation = z.input<typeof createA2pCampaignAssociationSchema>;
export const updateA2pCampaignAssociationSchema = z.strictObject({ numbers: numbersSchema });

/** 10DLC: associates Aircall numbers with campaigns registered at The Campaign Registry (applied asynchronously). */
export function createA2pCampaignAssociationsResource(executor: Executor) {
  const associations = crudOf(executor, {
    route: '/v1/a2p_campaign_associations',
    listKey: 'a2p_campaign_associations',
    itemKey: 'a2p_campaign_association',
    item: a2pCampaignAssociationSchema,
    listParams: paginationSchema,
  });
  return {
    list: associations.list,
    listAll: associations.listAll,
    get: associations.get,
    create: associations.creator(createA2pCampaignAssociationSchema),
    /** Replaces the associated numbers. */
    update: associations.updater(updateA2pCampaignAssociationSchema),
    delete: associations.delete,
  };
}
