import { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type IterateOptions, paginate } from '../pagination';
import { type A2pCampaignAssociation, a2pCampaignAssociationSchema } from '../schemas/a2p-campaign-association';
import { envelopeSchema, paginationSchema } from '../schemas/common';
import { listingOf } from './listing';

export type A2pCampaignAssociationListParams = z.input<typeof paginationSchema>;

/** US numbers in E.164 without the leading + (Aircall's own samples send them as JSON numbers). */
const numbersSchema = z.array(z.union([z.string().regex(/^[1-9]\d{1,14}$/), z.number().int().positive()])).min(1);

export const createA2pCampaignAssociationSchema = z.strictObject({
  external_campaign_id: z.string().min(1),
  numbers: numbersSchema,
});
export type CreateA2pCampaignAssociation = z.input<typeof createA2pCampaignAssociationSchema>;
const updateSchema = z.strictObject({ numbers: numbersSchema });

const envelope = envelopeSchema('a2p_campaign_association', a2pCampaignAssociationSchema);

/** 10DLC: associates Aircall numbers with campaigns registered at The Campaign Registry (applied asynchronously). */
export function createA2pCampaignAssociationsResource(executor: Executor) {
  const associations = listingOf(
    executor,
    '/v1/a2p_campaign_associations',
    'a2p_campaign_associations',
    a2pCampaignAssociationSchema,
  );
  const itemRoute = `${associations.route}/:id`;
  const params = (input: A2pCampaignAssociationListParams) =>
    parseInput(paginationSchema, input, { method: 'GET', path: associations.route });
  const unwrap = async (pending: Promise<{ a2p_campaign_association: A2pCampaignAssociation }>) =>
    (await pending).a2p_campaign_association;

  return {
    async list(input: A2pCampaignAssociationListParams = {}, options?: RequestOptions) {
      return associations.page(params(input), options);
    },
    listAll(input: A2pCampaignAssociationListParams = {}, options: IterateOptions = {}) {
      return paginate(associations.fetchPage, associations.route, params(input), options);
    },
    get(id: number, options?: RequestOptions) {
      return unwrap(
        executor.execute({ method: 'GET', route: itemRoute, pathParams: { id }, response: envelope }, options),
      );
    },
    async create(input: CreateA2pCampaignAssociation, options?: RequestOptions) {
      const body = parseInput(createA2pCampaignAssociationSchema, input, { method: 'POST', path: associations.route });
      return unwrap(executor.execute({ method: 'POST', route: associations.route, body, response: envelope }, options));
    },
    /** Replaces the associated numbers. */
    async update(id: number, input: z.input<typeof updateSchema>, options?: RequestOptions) {
      const body = parseInput(updateSchema, input, { method: 'PUT', path: itemRoute });
      return unwrap(
        executor.execute({ method: 'PUT', route: itemRoute, pathParams: { id }, body, response: envelope }, options),
      );
    },
    delete(id: number, options?: RequestOptions): Promise<void> {
      return executor.execute({ method: 'DELETE', route: itemRoute, pathParams: { id }, response: null }, options);
    },
  };
}
