import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { upstreamOptions } from '../../mirror/write-through';
import { startJob } from '../jobs/runner';
import type { CallMirror } from './mirror';
import { assertKnownTags, withTags } from './service';

/**
 * Bulk actions answer a job at once and work through the calls in the background, within the budget: a busy
 * minute makes them wait (whenRateLimited) rather than fail, as nobody is waiting on each request.
 */
export function bulkCallHandlers(
  context: AppContext,
  mirror: CallMirror,
): Pick<HandlerMap, 'calls.bulkTag' | 'calls.bulkArchive'> {
  const { aircall, store, clock } = context;

  return {
    'calls.bulkTag': async ({ body, actor, audit }) => {
      audit.details = { calls: body.callIds.length, tagIds: body.tagIds };
      const tags = await mirror.tagLookup();
      assertKnownTags(body.tagIds, tags);
      const options = { ...upstreamOptions('calls.bulkTag'), whenRateLimited: 'wait' as const };
      const job = await startJob(
        context,
        { kind: 'calls.bulkTag', accountId: actor.accountId, itemIds: body.callIds, input: body },
        async (callId) => {
          await aircall.calls.tag(callId, { tags: body.tagIds }, options);
          // Aircall answers no body: the mirror learns the tags as Aircall adds them (its webhook confirms later).
          const mirrored = await store.calls.get(callId);
          if (mirrored) await mirror.save(withTags(mirrored, body.tagIds, tags, Math.floor(clock.now() / 1000)));
        },
      );
      return { job };
    },

    'calls.bulkArchive': async ({ body, actor, audit }) => {
      audit.details = { calls: body.callIds.length, archived: body.archived };
      const options = { ...upstreamOptions('calls.bulkArchive'), whenRateLimited: 'wait' as const };
      const job = await startJob(
        context,
        { kind: 'calls.bulkArchive', accountId: actor.accountId, itemIds: body.callIds, input: body },
        async (callId) => {
          const call = body.archived
            ? await aircall.calls.archive(callId, options)
            : await aircall.calls.unarchive(callId, options);
          await mirror.save(call);
        },
      );
      return { job };
    },
  };
}
