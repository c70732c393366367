import type { FeatureHandlers } from '../../context';
import { contactHandlers } from '../contacts/handlers';
import { jobHandlers } from '../jobs/handlers';
import { bulkCallHandlers } from './bulk';
import { callDetailHandlers } from './detail';
import { callListHandlers } from './list';
import { liveCallHandlers } from './live';
import { callMediaHandlers } from './media';
import { callMirror } from './mirror';

/** Every calls.* endpoint, with the jobs its bulk actions start and the contacts its calls link to. */
export const callHandlers: FeatureHandlers = (context) => {
  const mirror = callMirror(context);
  return {
    ...callListHandlers(context, mirror),
    ...callDetailHandlers(context, mirror),
    ...callMediaHandlers(context, mirror),
    ...liveCallHandlers(context, mirror),
    ...bulkCallHandlers(context, mirror),
    ...jobHandlers(context),
    ...contactHandlers(context),
  };
};
