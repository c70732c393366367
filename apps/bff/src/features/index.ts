import type { FeatureHandlers } from '../context';
import { accountHandlers } from './accounts/handlers';
import { callListHandlers } from './calls/list';

/** Every feature's handlers; createApp mounts them on the contracts' registry. */
export const features: FeatureHandlers[] = [accountHandlers, callListHandlers];
