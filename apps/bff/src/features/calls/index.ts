import type { FeatureHandlers } from '../../context';
import { bulkCallHandlers } from './bulk';
import { callDetailHandlers } from './detail';
import { callListHandlers } from './list';
import { liveCallHandlers } from './live';
import { callMediaHandlers } from './media';
import { callMirror } from './mirror';

/** Every calls.* endpoint: list, page, media, live actions and bulk actions. */
export const callHandlers: FeatureHandlers = (context) => {
  const mirror = callMirror(context);
  return {
    ...callListHandlers(context, mirror),
    ...callDetailHandlers(context, mirror),
    ...callMediaHandlers(context, mirror),
    ...liveCallHandlers(context, mirror),
    ...bulkCallHandlers(context, mirror),
  };
};
