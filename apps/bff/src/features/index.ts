import type { FeatureHandlers } from '../context';
import { accountHandlers } from './accounts/handlers';
import { analyticsHandlers } from './analytics/handlers';
import { auditHandlers } from './audit/handlers';
import { callHandlers } from './calls';
import { companyHandlers } from './company/handlers';
import { contactHandlers } from './contacts/handlers';
import { dialerCampaignHandlers } from './dialer-campaigns/handlers';
import { eventHandlers } from './events/handlers';
import { insightHandlers } from './insights/handlers';
import { jobHandlers } from './jobs/handlers';
import { numberHandlers } from './numbers/handlers';
import { syncHandlers } from './sync/handlers';
import { tagHandlers } from './tags/handlers';
import { teamHandlers } from './teams/handlers';
import { userHandlers } from './users/handlers';

/** Every resource of the API, one feature each; createApp mounts their handlers on the contracts' registry. */
export const features: FeatureHandlers[] = [
  accountHandlers,
  analyticsHandlers,
  auditHandlers,
  callHandlers,
  companyHandlers,
  contactHandlers,
  dialerCampaignHandlers,
  eventHandlers,
  insightHandlers,
  jobHandlers,
  numberHandlers,
  syncHandlers,
  tagHandlers,
  teamHandlers,
  userHandlers,
];
