import type { FeatureHandlers } from '../context';
import { accountHandlers } from './accounts/handlers';
import { auditHandlers } from './audit/handlers';
import { callHandlers } from './calls';
import { eventHandlers } from './events/handlers';
import { insightHandlers } from './insights/handlers';
import { syncHandlers } from './sync/handlers';
import { floorHandlers } from './users';

/** Every feature's handlers; createApp mounts them on the contracts' registry. */
export const features: FeatureHandlers[] = [
  accountHandlers,
  auditHandlers,
  callHandlers,
  eventHandlers,
  insightHandlers,
  syncHandlers,
  floorHandlers,
];
