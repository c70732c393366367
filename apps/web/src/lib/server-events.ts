import type { ServerEvent, ServerEventType } from '@switchboard/contracts';
import { createContext, useContext, useEffect, useRef, useSyncExternalStore } from 'react';
import { loadContracts } from './api-client';

/** What we use of EventSource; tests pass a fake (jsdom has none). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
  /** EventSource's: 2 (CLOSED) once it gave up, e.g. when the BFF refused the stream. */
  readonly readyState?: number;
}

/** connecting: never opened yet; live: open; reconnecting: dropped, trying again. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

const closedState = 2;
/** After EventSource gives up, we retry ourselves: from 2 s, doubling, at most every minute. */
const retryDelays = { firstMs: 2_000, maxMs: 60_000 };
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
  let status: StreamStatus = 'connecting';
  const statusListeners = new Set<() => void>();
  const setStatus = (next: StreamStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of statusListeners) listener();
  };
  return {
    subscribe(handler: Handler): () => void {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    /** Opens the stream, and opens it again whenever it is lost for good; the returned function closes it. */
    open(): () => void {
      let source: EventSourceLike | undefined;
      let closed = false;
      let retryMs = retryDelays.firstMs;
      let retryTimer: ReturnType<typeof setTimeout> | undefined;
      const connectOnce = (contracts: Awaited<ReturnType<typeof loadContracts>>) => {
        const { serverEventSchema, serverEventTypes } = contracts;
        if (closed) return;
        const current = connect('/api/events');
        source = current;
        current.addEventListener('open', () => {
          retryMs = retryDelays.firstMs;
          setStatus('live');
        });
        current.addEventListener('error', () => {
          setStatus('reconnecting');
          // EventSource retries a dropped stream by itself, but not one the BFF refused (a restart, a 502).
          if (current.readyState !== closedState || closed) return;
          current.close();
          retryTimer = setTimeout(() => connectOnce(contracts), retryMs);
          retryMs = Math.min(retryMs * 2, retryDelays.maxMs);
        });
        for (const type of serverEventTypes) {
          current.addEventListener(type, (message) => {
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
      };
      void loadContracts().then(connectOnce);
      return () => {
        closed = true;
        clearTimeout(retryTimer);
        source?.close();
        setStatus('connecting');
      };
    },
    status: () => status,
    /** Calls `listener` when the stream's status changes; answers the unsubscribe function. */
    subscribeStatus(listener: () => void): () => void {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
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

/** Whether the event stream is open (a wall screen says so). */
export function useStreamStatus(): StreamStatus {
  const events = useServerEvents();
  return useSyncExternalStore(events.subscribeStatus, events.status);
}
