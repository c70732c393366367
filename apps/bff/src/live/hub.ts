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
  /** Registers the closer of an open stream; answers its unregister function. */
  trackStream(close: () => void): () => void;
  closeStreams(): void;
}

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
  return {
    notifyStored: () => stored.emit('stored'),
    onStored(listener) {
      stored.on('stored', listener);
      return () => void stored.off('stored', listener);
    },
    trackStream(close) {
      streams.add(close);
      return () => void streams.delete(close);
    },
    closeStreams() {
      for (const close of [...streams]) close();
      streams.clear();
    },
  };
}
