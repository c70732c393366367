import { useSyncExternalStore } from 'react';

type Listener = () => void;

/** Whether the last request reached the BFF. Fed by the API client, read by the "server unreachable" banner. */
function createConnectivityStore() {
  let reachable = true;
  const listeners = new Set<Listener>();
  const set = (next: boolean) => {
    if (next === reachable) return;
    reachable = next;
    for (const listener of listeners) listener();
  };
  return {
    isReachable: () => reachable,
    markReachable: () => set(true),
    markUnreachable: () => set(false),
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const connectivity = createConnectivityStore();

export function useBffReachable(): boolean {
  return useSyncExternalStore(connectivity.subscribe, connectivity.isReachable);
}
