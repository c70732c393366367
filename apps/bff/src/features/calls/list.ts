import type { Call } from '@switchboard/aircall';
import type { CallRow } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';

/** Flattens Aircall's call object into the row the console's table shows. */
export function toCallRow(call: Call): CallRow {
  return {
    id: call.id,
    direction: call.direction,
    status: call.status,
    missedCallReason: call.missed_call_reason ?? null,
    rawDigits: call.raw_digits ?? null,
    // Nested copies may omit fields; the list still needs something to show.
    number: call.number
      ? {
          id: call.number.id,
          name: call.number.name ?? call.number.digits ?? `Number ${call.number.id}`,
          digits: call.number.digits ?? '',
        }
      : null,
    agent: call.user ? { id: call.user.id, name: call.user.name ?? `User ${call.user.id}` } : null,
    startedAt: call.started_at,
    answeredAt: call.answered_at ?? null,
    endedAt: call.ended_at ?? null,
    duration: call.duration ?? 0,
    archived: call.archived ?? false,
  };
}

/** The walking skeleton's list, straight from Aircall; replaced by the mirror's list. */
export function callListHandlers(context: AppContext): Partial<HandlerMap> {
  return {
    'calls.list': async ({ query, signal }) => {
      const { calls, meta } = await context.aircall.calls.list(
        { page: query.page, per_page: Math.min(query.perPage, 50), order: query.order, from: query.from, to: query.to },
        { signal, lane: 'interactive' },
      );
      return {
        calls: calls.map(toCallRow),
        meta: {
          page: meta.current_page,
          perPage: meta.per_page,
          total: meta.total,
          hasNextPage: meta.next_page_link !== null,
        },
      };
    },
  };
}
