import type { Call } from '@switchboard/aircall';
import type { CallDetail } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import { HttpError } from '../../http/errors';
import { publishEvent } from '../../live/publish';
import { tagLookup as tagLookupOf, toCallDetail, toCallRow } from '../../mirror/call-view';

export const callNotFound = (callId: number) =>
  new HttpError(404, 'not_found', `Call ${callId} is not in the mirror (Aircall keeps 3 months of calls).`);

/** Reads and write-through of the calls mirror, shared by every call handler. */
export function callMirror(context: AppContext) {
  const { store, clock } = context;

  const tagLookup = () => tagLookupOf(store);

  return {
    tagLookup,

    async get(callId: number): Promise<Call> {
      const call = await store.calls.get(callId);
      if (!call) throw callNotFound(callId);
      return call;
    },

    /**
     * Stores what Aircall answered. Aircall leaves `contact` out unless asked (archive, unarchive), so the contact the
     * mirror already knew is kept rather than erased.
     */
    async save(call: Call): Promise<Call> {
      const previous = call.contact ? undefined : await store.calls.get(call.id);
      const merged = previous?.contact ? { ...call, contact: previous.contact } : call;
      if (await store.calls.upsert(merged, clock.now())) {
        const call = toCallRow(merged, await tagLookup());
        await publishEvent(context, { type: 'call.upserted', at: Math.floor(clock.now() / 1000), call });
      }
      return merged;
    },

    async detail(call: Call): Promise<CallDetail> {
      const [tags, events, mirroredContact] = await Promise.all([
        tagLookup(),
        store.callEvents.list(call.id),
        call.contact ? store.contacts.get(call.contact.id) : undefined,
      ]);
      return toCallDetail(call, { tags, events, contact: mirroredContact ?? call.contact ?? null });
    },
  };
}

export type CallMirror = ReturnType<typeof callMirror>;
