import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import type { CallMirror } from './mirror';
import { callService } from './service';

type DetailEndpoint = 'calls.get' | 'calls.comment' | 'calls.tag' | 'calls.untag' | 'calls.archive' | 'calls.unarchive';

/** The call page and the changes that answer it: comment, tag, archive, unarchive. */
export function callDetailHandlers(context: AppContext, mirror: CallMirror): Pick<HandlerMap, DetailEndpoint> {
  const calls = callService(context, mirror);

  return {
    'calls.get': async ({ params }) => ({ call: await calls.detail(params.callId) }),

    'calls.comment': async ({ params, body, actor, audit, signal, res }) => {
      audit.details = { callId: params.callId, length: body.content.length };
      const request = { endpoint: 'calls.comment', signal, res } as const;
      return { call: await calls.comment(request, params.callId, body.content, actor) };
    },

    'calls.tag': async ({ params, body, audit, signal, res }) => {
      audit.details = { callId: params.callId, tagIds: body.tagIds };
      return { call: await calls.tag({ endpoint: 'calls.tag', signal, res }, params.callId, body.tagIds) };
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

    'calls.archive': async ({ params, audit, signal, res }) => {
      audit.details = { callId: params.callId };
      return { call: await calls.archive({ endpoint: 'calls.archive', signal, res }, params.callId, true) };
    },

    'calls.unarchive': async ({ params, audit, signal, res }) => {
      audit.details = { callId: params.callId };
      return { call: await calls.archive({ endpoint: 'calls.unarchive', signal, res }, params.callId, false) };
    },
  };
}
