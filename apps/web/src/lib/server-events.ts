import type { ServerEvent, ServerEventType } from '@switchboard/contracts';
import { createContext, useContext, useEffect, useRef } from 'react';
import { loadContracts } from './api-client';

/** What we use of EventSource; tests pass a fake (jsdom has none). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}
export type ConnectEventSource = (url: string) => EventSourceLike;

/** The browser's EventSource: it reconnects by itself and sends `Last-Event-ID`, so the BFF resumes without gaps. */
export const browserEventSource: ConnectEventSource = (url) => new EventSource(url);

type Handler = (event: ServerEvent) => void;

/**
 * The BFF's `GET /api/events` stream, opened once for the whole app while the shell is mounted; features subscribe
 * to the event types they care about and patch their own query caches.
 */
export function createServerEvents(connect: ConnectEventSource) {
  const handlers = new Set<Handler>();
  const dispatch = (event: ServerEvent) => {
    for (const handler of handlers) handler(event);
  };
  return {
    subscribe(handler: Handler): () => void {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    /** Opens the stream; the returned function closes it. */
    open(): () => void {
      let source: EventSourceLike | undefined;
      let closed = false;
      void loadContracts().then(({ serverEventSchema, serverEventTypes }) => {
        if (closed) return;
        source = connect('/api/events');
        for (const type of serverEventTypes) {
          source.addEventListener(type, (message) => {
            let data: unknown;
            try {
              data = JSON.parse(message.data);
            } catch {
              return;
            }
            // A message this version cannot read is skipped; the next refetch brings the truth anyway.
            const parsed = serverEventSchema.safeParse(data);
            if (parsed.success) dispatch(parsed.data);
          });
        }
      });
      return () => {
        closed = true;
        source?.close();
      };
    },
  };
}
export type ServerEvents = ReturnType<typeof createServerEvents>;

export const ServerEventsContext = createContext<ServerEvents | null>(null);

function useServerEvents(): ServerEvents {
  const events = useContext(ServerEventsContext);
  if (!events) throw new Error('ServerEventsContext is missing (see router.tsx)');
  return events;
}

/** Keeps the stream open while the calling component is mounted (the signed-in shell). */
export function useServerEventStream(): void {
  const events = useServerEvents();
  useEffect(() => events.open(), [events]);
}

/** Calls `handler` for each event of `type`; the latest handler is used without resubscribing. */
export function useServerEvent<T extends ServerEventType>(
  type: T,
  handler: (event: Extract<ServerEvent, { type: T }>) => void,
): void {
  const events = useServerEvents();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      events.subscribe((event) => {
        if (event.type === type) latest.current(event as Extract<ServerEvent, { type: T }>);
      }),
    [events, type],
  );
}
