import { accountEndpoints } from './accounts';
import { analyticsEndpoints } from './analytics';
import { auditEndpoints } from './audit';
import { authEndpoints } from './auth';
import { callEndpoints } from './calls';
import { companyEndpoints } from './company';
import { contactEndpoints } from './contacts';
import { dialerCampaignEndpoints } from './dialer-campaigns';
import type { EndpointDefinition } from './endpoint';
import { eventEndpoints } from './events';
import { healthEndpoints } from './health';
import { insightEndpoints } from './insights';
import { jobEndpoints } from './jobs';
import { numberEndpoints } from './numbers';
import { syncEndpoints } from './sync';
import { tagEndpoints } from './tags';
import { teamEndpoints } from './teams';
import { userEndpoints } from './users';

/**
 * Every /api endpoint: the BFF mounts its routes and writes its OpenAPI document from this list, the security tests
 * try every role on every entry, and the SPA types its client from it.
 */
export const apiEndpoints = [
  ...healthEndpoints,
  ...authEndpoints,
  ...accountEndpoints,
  ...callEndpoints,
  ...insightEndpoints,
  ...jobEndpoints,
  ...userEndpoints,
  ...teamEndpoints,
  ...dialerCampaignEndpoints,
  ...tagEndpoints,
  ...contactEndpoints,
  ...numberEndpoints,
  ...eventEndpoints,
  ...analyticsEndpoints,
  ...auditEndpoints,
  ...syncEndpoints,
  ...companyEndpoints,
] as const satisfies readonly EndpointDefinition[];

export type ApiEndpoint = (typeof apiEndpoints)[number];
export type ApiEndpointId = ApiEndpoint['id'];
export type ApiEndpointById<Id extends ApiEndpointId> = Extract<ApiEndpoint, { id: Id }>;

const byId = new Map<string, ApiEndpoint>(apiEndpoints.map((endpoint) => [endpoint.id, endpoint]));

export function getEndpoint<Id extends ApiEndpointId>(id: Id): ApiEndpointById<Id> {
  return byId.get(id) as ApiEndpointById<Id>;
}
