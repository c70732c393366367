import type { Call } from '@switchboard/aircall';
import type { CallMediaKind } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { upstreamOptions } from '../../mirror/write-through';
import type { CallMirror } from './mirror';

/** Aircall's links last 10 minutes to an hour: promise the shorter. */
const mediaLinkLifetimeSeconds = 10 * 60;

const noMedia = (callId: number, kind: CallMediaKind) =>
  new HttpError(404, 'not_found', `Call ${callId} has no ${kind}.`);

/** The call without the deleted media; `asset` points at whichever media remains. */
function withoutMedia(call: Call, kind: CallMediaKind): Call {
  const remaining = kind === 'recording' ? call.voicemail : call.recording;
  return { ...call, [kind]: null, asset: remaining === null ? null : call.asset };
}

export function callMediaHandlers(
  context: AppContext,
  mirror: CallMirror,
): Pick<HandlerMap, 'calls.media' | 'calls.deleteRecording' | 'calls.deleteVoicemail'> {
  const { aircall, store, clock } = context;

  /** Deletes for good, after checking the mirror knows of something to delete, then forgets the link. */
  async function deleteMedia(callId: number, kind: CallMediaKind, remove: () => Promise<void>): Promise<undefined> {
    const mirrored = await store.calls.get(callId);
    if (mirrored && mirrored[kind] === null) throw noMedia(callId, kind);
    await remove();
    // Aircall takes up to 15 minutes to delete; the console should stop offering it now.
    if (mirrored) await mirror.save(withoutMedia(mirrored, kind));
    return undefined;
  }

  return {
    'calls.media': async ({ params, signal }) => {
      const options = upstreamOptions('calls.media', signal);
      const call = await mirror.save(await aircall.calls.get(params.callId, { fetch_contact: true }, options));
      const url = call[params.kind];
      if (url === null) throw noMedia(params.callId, params.kind);
      return {
        kind: params.kind,
        url,
        expiresAt: Math.floor(clock.now() / 1000) + mediaLinkLifetimeSeconds,
      };
    },

    'calls.deleteRecording': async ({ params, audit, signal }) => {
      audit.details = { callId: params.callId };
      const options = upstreamOptions('calls.deleteRecording', signal);
      return deleteMedia(params.callId, 'recording', () => aircall.calls.deleteRecording(params.callId, options));
    },

    'calls.deleteVoicemail': async ({ params, audit, signal }) => {
      audit.details = { callId: params.callId };
      const options = upstreamOptions('calls.deleteVoicemail', signal);
      return deleteMedia(params.callId, 'voicemail', () => aircall.calls.deleteVoicemail(params.callId, options));
    },
  };
}
