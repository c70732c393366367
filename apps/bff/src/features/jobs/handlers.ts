import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { toJob } from './runner';

export function jobHandlers(context: AppContext): Pick<HandlerMap, 'jobs.get'> {
  return {
    'jobs.get': async ({ params, actor }) => {
      const record = await context.store.jobs.get(params.jobId);
      // Agents see only the jobs they started; someone else's job is as good as missing.
      if (!record || (actor.role === 'agent' && record.accountId !== actor.accountId)) {
        throw new HttpError(404, 'not_found', `No job ${params.jobId}.`);
      }
      return { job: toJob(record) };
    },
  };
}
