import type { Call } from '@switchboard/aircall';
import { type CallResponse, limits } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import type { TagLookup } from '../../mirror/call-view';
import { upstreamOptions } from '../../mirror/write-through';
import type { CallMirror } from './mirror';

type DetailEndpoint = 'calls.get' | 'calls.comment' | 'calls.tag' | 'calls.untag' | 'calls.archive' | 'calls.unarchive';

/** Aircall adds each tag once, stamped now and without an owner when set through the API (its `tag` answers 201 and no body). */
export function withTags(call: Call, tagIds: number[], tags: TagLookup, nowSeconds: number): Call {
  const added = tagIds
    .filter((tagId) => !call.tags.some((tag) => tag.id === tagId))
    .map((tagId) => ({ id: tagId, name: tags.get(tagId)?.name, created_at: nowSeconds, tagged_by: null }));
  return { ...call, tags: [...call.tags, ...added] };
}

/** Refuses tag ids the tags mirror does not know, before spending a request on them. */
export function assertKnownTags(tagIds: number[], tags: TagLookup): void {
  // An empty mirror (not synced yet) cannot tell: Aircall decides.
  const unknown = tags.size === 0 ? [] : tagIds.filter((tagId) => !tags.has(tagId));
  if (unknown.length > 0) {
    throw new HttpError(422, 'unprocessable', `No such tag: ${unknown.join(', ')}.`, {
      fields: [{ field: 'body.tagIds', rule: `unknown tag ids ${unknown.join(', ')}` }],
    });
  }
}

/** The call page and the changes that answer it: comment, tag, archive, unarchive. */
export function callDetailHandlers(context: AppContext, mirror: CallMirror): Pick<HandlerMap, DetailEndpoint> {
  const { aircall, store, clock, logger } = context;
  const nowSeconds = () => Math.floor(clock.now() / 1000);
  const answer = async (call: Call): Promise<CallResponse> => ({ call: await mirror.detail(call) });

  /**
   * After a change Aircall answers without a body (a comment): read the call again for the truth. The change is
   * made by then, so a failed read answers from the mirror rather than invite the user to repeat it.
   */
  async function reread(callId: number, options: ReturnType<typeof upstreamOptions>): Promise<Call> {
    try {
      return await mirror.save(await aircall.calls.get(callId, { fetch_contact: true }, options));
    } catch (error) {
      logger.warn({ err: error, callId }, 'could not read the call back after a change; answering from the mirror');
      const mirrored = await store.calls.get(callId);
      if (mirrored) return mirrored;
      throw new HttpError(502, 'upstream_unavailable', 'The change was made but Aircall could not be read back.');
    }
  }

  return {
    'calls.get': async ({ params }) => answer(await mirror.get(params.callId)),

    'calls.comment': async ({ params, body, audit, signal }) => {
      audit.details = { callId: params.callId, length: body.content.length };
      const mirrored = await store.calls.get(params.callId);
      if (mirrored && mirrored.comments.length >= limits.commentsPerCall) {
        throw new HttpError(
          409,
          'conflict',
          `Call ${params.callId} already has ${limits.commentsPerCall} comments, the most Aircall allows (comments cannot be deleted).`,
        );
      }
      const options = upstreamOptions('calls.comment', signal);
      await aircall.calls.comment(params.callId, { content: body.content }, options);
      return answer(await reread(params.callId, options));
    },

    'calls.tag': async ({ params, body, audit, signal }) => {
      audit.details = { callId: params.callId, tagIds: body.tagIds };
      const tags = await mirror.tagLookup();
      assertKnownTags(body.tagIds, tags);
      const options = upstreamOptions('calls.tag', signal);
      await aircall.calls.tag(params.callId, { tags: body.tagIds }, options);
      const mirrored = await store.calls.get(params.callId);
      if (!mirrored) return answer(await reread(params.callId, options));
      return answer(await mirror.save(withTags(mirrored, body.tagIds, tags, nowSeconds())));
    },

    'calls.untag': async ({ params, audit }) => {
      audit.details = { callId: params.callId, tagId: params.tagId };
      await mirror.get(params.callId);
      throw new HttpError(
        422,
        'unprocessable',
        'Aircall’s public API cannot remove a tag from a call: remove it from the Aircall Phone or Dashboard.',
      );
    },

    'calls.archive': async ({ params, audit, signal }) => {
      audit.details = { callId: params.callId };
      return answer(
        await mirror.save(await aircall.calls.archive(params.callId, upstreamOptions('calls.archive', signal))),
      );
    },

    'calls.unarchive': async ({ params, audit, signal }) => {
      audit.details = { callId: params.callId };
      const call = await aircall.calls.unarchive(params.callId, upstreamOptions('calls.unarchive', signal));
      return answer(await mirror.save(call));
    },
  };
}
