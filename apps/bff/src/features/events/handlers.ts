import type { AppContext } from '../../context';
import { type HandlerMap, STREAMED } from '../../http/endpoints';
import { serveEventStream } from '../../live/event-stream';
import { sessionKey } from '../../store';

/** `GET /api/events`: the live stream every console keeps open (see serveEventStream). */
export function eventHandlers(context: AppContext): Partial<HandlerMap> {
  return {
    'events.stream': async ({ actor, query, req, res }) => {
      // EventSource sends the header on reconnect; the query parameter serves clients that cannot set it.
      await serveEventStream(context.store, req, res, {
        lastEventId: req.get('last-event-id') ?? query.lastEventId,
        nowSeconds: () => Math.floor(context.clock.now() / 1000),
        session: {
          accountId: actor.accountId,
          key: sessionKey(actor.sessionToken),
          isLive: () => context.store.sessions.isLive(actor.sessionToken),
        },
      });
      return STREAMED;
    },
  };
}
