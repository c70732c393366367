import type { Call } from '@switchboard/aircall';
import { type CallDetail, limits, type ServerEvent } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { Actor } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { pendingComment, type TagLookup, tagLookup, toCallRow } from '../../mirror/call-view';
import { type ChangeRequest, createWriteThrough } from '../../mirror/write-through';
import { nowSeconds } from '../../time';
import type { CallMirror } from './mirror';

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

/**
 * The call page's changes: comment, tag, archive, unarchive, each one request to Aircall through the write-through.
 * Aircall answers a comment or a tag without the call: what was sent is added to the mirrored call without making it
 * newer, so the call's next state from Aircall (its webhook, or the sync) replaces it with Aircall's own copy.
 */
export function callService(context: AppContext, mirror: CallMirror) {
  const { aircall, store, clock } = context;
  const change = createWriteThrough(context);

  /** Adds to the mirrored call what Aircall accepted, and tells the consoles. */
  async function amended(callId: number, edit: (call: Call) => Call): Promise<ServerEvent[]> {
    const call = await store.calls.amend(callId, edit);
    if (!call) throw new Error(`call ${callId} left the mirror during the change`);
    return [{ type: 'call.upserted', at: nowSeconds(clock), call: toCallRow(call, await tagLookup(store)) }];
  }

  /** Aircall's answer is the call as it now is. */
  const savedCall = {
    apply: async (call: Call) => {
      await mirror.save(call);
      return [];
    },
    repair: (call: Call) => ({ resource: 'calls', id: call.id }),
  };

  const detail = async (callId: number): Promise<CallDetail> => mirror.detail(await mirror.get(callId));

  return {
    detail,

    async comment(request: ChangeRequest, callId: number, content: string, actor: Actor): Promise<CallDetail> {
      await change(request, {
        validate: async () => {
          if ((await mirror.get(callId)).comments.length >= limits.commentsPerCall) {
            throw new HttpError(
              409,
              'conflict',
              `Call ${callId} already has ${limits.commentsPerCall} comments, the most Aircall allows (comments cannot be deleted).`,
            );
          }
        },
        send: (options) => aircall.calls.comment(callId, { content }, options),
        apply: () =>
          amended(callId, (call) => ({
            ...call,
            comments: [
              ...call.comments,
              pendingComment(content, nowSeconds(clock), { accountId: actor.accountId, email: actor.email }),
            ],
          })),
        repair: () => ({ resource: 'calls', id: callId }),
      });
      return detail(callId);
    },

    async tag(request: ChangeRequest, callId: number, tagIds: number[]): Promise<CallDetail> {
      const tags = await tagLookup(store);
      await change(request, {
        validate: async () => {
          assertKnownTags(tagIds, tags);
          await mirror.get(callId);
        },
        send: (options) => aircall.calls.tag(callId, { tags: tagIds }, options),
        apply: () => amended(callId, (call) => withTags(call, tagIds, tags, nowSeconds(clock))),
        repair: () => ({ resource: 'calls', id: callId }),
      });
      return detail(callId);
    },

    async archive(request: ChangeRequest, callId: number, archived: boolean): Promise<CallDetail> {
      const call = await change(request, {
        send: (options) =>
          archived ? aircall.calls.archive(callId, options) : aircall.calls.unarchive(callId, options),
        ...savedCall,
      });
      return mirror.detail((await store.calls.get(callId)) ?? call);
    },
  };
}
