import type { ServerEvent } from '@switchboard/contracts';
import type { Request, Response } from 'express';
import type { Store } from '../store';
import type { LiveEvent } from '../store/events';
import { liveHubOf } from './hub';

export interface EventStreamOptions {
  /** A comment line this often keeps proxies from closing an idle stream. Default 15 s. */
  heartbeatMs?: number;
  /** A client further behind than this many events is told to refetch instead of replaying them. Default 1000. */
  replayLimit?: number;
  /** A client that lets this much pile up unread is dropped; it reconnects and resumes. Default 1 MiB. */
  maxBufferedBytes?: number;
}

const replayPageSize = 200;

/** Published when sessions end (logout, disabled account, new role or password): their streams close, on every instance. */
export const sessionsEndedType = 'sessions.ended';
export interface SessionsEnded {
  accountId: number;
  /** One session (logout); absent: every session of the account. */
  session?: string;
}

/** Ends the open streams of these sessions on every instance (through the live events every instance hears). */
export async function announceSessionsEnded(store: Store, ended: SessionsEnded): Promise<void> {
  await store.events.publish({ type: sessionsEndedType, data: ended });
}

/** The session a stream serves: streams end with it. */
export interface StreamSession {
  accountId: number;
  /** `sessionKey` of its token. */
  key: string;
  /** Whether it is still live (checked at each heartbeat, which also catches expiry). */
  isLive(): Promise<boolean>;
}

/** Last-Event-ID as we issue it: the events table's id. Anything else cannot be resumed from. */
function parseEventId(value: string | undefined): number | 'invalid' | undefined {
  if (value === undefined) return undefined;
  return /^\d{1,15}$/.test(value) ? Number(value) : 'invalid';
}

function frame(event: LiveEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

function resetFrame(at: number): string {
  const reset: ServerEvent = { type: 'stream.reset', at };
  return `event: ${reset.type}\ndata: ${JSON.stringify(reset)}\n\n`;
}

/**
 * Serves one server-sent-events stream: what the client missed since `lastEventId` (from the events table), then
 * every event as it is published (on PostgreSQL, by any instance). Live events arriving during the replay wait in
 * a buffer and are sent after it, each exactly once and in id order. The stream ends when the client leaves, the
 * process shuts down, or its session ends: at once when told (logout, disabled account, on any instance), else at
 * the next heartbeat's check (expiry); and its session's sixth stream on this instance ends the oldest.
 */
export async function serveEventStream(
  store: Store,
  req: Request,
  res: Response,
  options: EventStreamOptions & { lastEventId: string | undefined; nowSeconds: () => number; session: StreamSession },
): Promise<void> {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const replayLimit = options.replayLimit ?? 1_000;
  const maxBufferedBytes = options.maxBufferedBytes ?? 1 << 20;
  const { session } = options;
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    // nginx would otherwise buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();

  let lastSentId = 0;
  let replaying = true;
  const pending: LiveEvent[] = [];
  const write = (chunk: string) => {
    res.write(chunk);
    if (res.writableLength > maxBufferedBytes) close();
  };
  const endsThisSession = (event: LiveEvent) => {
    const ended = event.data as SessionsEnded;
    return ended.accountId === session.accountId && (ended.session === undefined || ended.session === session.key);
  };
  const send = (event: LiveEvent) => {
    if (event.id <= lastSentId) return;
    // Notices for the streams themselves, never for the console (nor replayed to it).
    if (event.type === sessionsEndedType) return;
    lastSentId = event.id;
    write(frame(event));
  };

  const unsubscribe = store.events.subscribe((event) => {
    if (event.type === sessionsEndedType && endsThisSession(event)) close();
    else if (replaying) pending.push(event);
    else send(event);
  });
  const heartbeat = setInterval(() => {
    write(': keep-alive\n\n');
    session.isLive().then((live) => live || close(), close);
  }, heartbeatMs);
  const untrack = liveHubOf(store).trackStream(() => close(), session.key);
  let closed = false;
  function close(): void {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearInterval(heartbeat);
    untrack();
    res.end();
  }
  req.on('close', close);

  write('retry: 3000\n\n');
  const resumeFrom = parseEventId(options.lastEventId);
  if (resumeFrom === 'invalid') write(resetFrame(options.nowSeconds()));
  else if (resumeFrom !== undefined) await replay(resumeFrom);
  replaying = false;
  for (const event of pending.splice(0).sort((a, b) => a.id - b.id)) send(event);

  async function replay(from: number): Promise<void> {
    lastSentId = from;
    for (let replayed = 0; !closed; ) {
      const page = await store.events.since(lastSentId, replayPageSize);
      // Ids only grow, so a hole right after the client's id means pruned events: it cannot catch up one by one.
      // (A rolled-back publish leaves a hole too; the client then refetches once, which is merely wasteful.)
      const pruned = replayed === 0 && page[0] !== undefined && page[0].id > from + 1;
      if (pruned || replayed + page.length > replayLimit) {
        write(resetFrame(options.nowSeconds()));
        return;
      }
      for (const event of page) send(event);
      replayed += page.length;
      if (page.length < replayPageSize) return;
    }
  }
}
