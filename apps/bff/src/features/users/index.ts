import type { FeatureHandlers } from '../../context';
import { analyticsHandlers } from '../analytics/handlers';
import { dialerCampaignHandlers } from '../dialer-campaigns/handlers';
import { numberHandlers } from '../numbers/handlers';
import { tagHandlers } from '../tags/handlers';
import { teamHandlers } from '../teams/handlers';
import { userHandlers } from './handlers';

/** What a supervisor runs the floor with: users, teams, dialer campaigns, tags, numbers and analytics. */
export const floorHandlers: FeatureHandlers = (context) => ({
  ...userHandlers(context),
  ...teamHandlers(context),
  ...dialerCampaignHandlers(context),
  ...tagHandlers(context),
  ...numberHandlers(context),
  ...analyticsHandlers(context),
});
