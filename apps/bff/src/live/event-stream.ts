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
 * a buffer and are sent after it, each exactly once and in id order. The stream ends when the client leaves or the
 * process shuts down.
 */
export async function serveEventStream(
  store: Store,
  req: Request,
  res: Response,
  options: EventStreamOptions & { lastEventId: string | undefined; nowSeconds: () => number },
): Promise<void> {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const replayLimit = options.replayLimit ?? 1_000;
  const maxBufferedBytes = options.maxBufferedBytes ?? 1 << 20;
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
  const send = (event: LiveEvent) => {
    if (event.id <= lastSentId) return;
    lastSentId = event.id;
    write(frame(event));
  };

  const unsubscribe = store.events.subscribe((event) => (replaying ? pending.push(event) : send(event)));
  const heartbeat = setInterval(() => write(': keep-alive\n\n'), heartbeatMs);
  const untrack = liveHubOf(store).trackStream(() => close());
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
