import { EventEmitter } from 'node:events';

/**
 * What the pieces of one process that share a store must tell each other without going through the database: the
 * webhook receiver wakes the inbox worker the moment it stored an event (other instances' workers poll), and graceful
 * shutdown ends the open event streams, which would otherwise keep the HTTP server from closing.
 * Keyed by the store object, so apps on different stores in one process (tests) never hear each other.
 */
export interface LiveHub {
  /** The receiver stored an event: the local worker should look at the inbox now. */
  notifyStored(): void;
  onStored(listener: () => void): () => void;
  /**
   * Registers the closer of an open stream of a session; answers its unregister function. A session holds at most
   * `maxStreamsPerSession` streams on an instance: a new one closes the session's oldest (a reloaded tab's stream).
   */
  trackStream(close: () => void, session: string): () => void;
  closeStreams(): void;
}

/** Streams one session may hold open on one instance (tabs of one browser); see trackStream. */
export const maxStreamsPerSession = 5;

const hubs = new WeakMap<object, LiveHub>();

export function liveHubOf(store: object): LiveHub {
  let hub = hubs.get(store);
  if (!hub) {
    hub = createHub();
    hubs.set(store, hub);
  }
  return hub;
}

function createHub(): LiveHub {
  const stored = new EventEmitter().setMaxListeners(0);
  const streams = new Set<() => void>();
  const bySession = new Map<string, Array<() => void>>();
  return {
    notifyStored: () => stored.emit('stored'),
    onStored(listener) {
      stored.on('stored', listener);
      return () => void stored.off('stored', listener);
    },
    trackStream(close, session) {
      streams.add(close);
      const ofSession = bySession.get(session) ?? [];
      bySession.set(session, ofSession);
      ofSession.push(close);
      if (ofSession.length > maxStreamsPerSession) ofSession[0]?.();
      return () => {
        streams.delete(close);
        ofSession.splice(ofSession.indexOf(close), 1);
        if (ofSession.length === 0) bySession.delete(session);
      };
    },
    closeStreams() {
      for (const close of [...streams]) close();
      streams.clear();
    },
  };
}
