import { useSyncExternalStore } from 'react';

/** A named call-list URL the agent keeps (saved in this browser). */
export interface SavedView {
  id: string;
  name: string;
  /** The list's URL search, as the route's `validateSearch` reads it. */
  search: Record<string, unknown>;
}

const storageKey = 'switchboard.savedViews';
const listeners = new Set<() => void>();
let cache: { raw: string | null; views: SavedView[] } = { raw: null, views: [] };

function isSavedView(value: unknown): value is SavedView {
  const view = value as SavedView;
  return typeof view?.id === 'string' && typeof view.name === 'string' && typeof view.search === 'object';
}

/** Parsed once per stored value, so React sees the same array until it changes. */
function read(): SavedView[] {
  const raw = localStorage.getItem(storageKey);
  if (raw !== cache.raw) {
    let views: SavedView[] = [];
    try {
      const parsed: unknown = JSON.parse(raw ?? '[]');
      views = Array.isArray(parsed) ? parsed.filter(isSavedView) : [];
    } catch {
      // A hand-edited or foreign value: start afresh rather than break the page.
    }
    cache = { raw, views };
  }
  return cache.views;
}

function write(views: SavedView[]) {
  localStorage.setItem(storageKey, JSON.stringify(views));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function useSavedViews() {
  const views = useSyncExternalStore(subscribe, read);
  return {
    views,
    /** A view with the same name is replaced: saving again updates it. */
    save(name: string, search: Record<string, unknown>) {
      const id = name.toLowerCase();
      write([...read().filter((view) => view.id !== id), { id, name, search }]);
    },
    remove(id: string) {
      write(read().filter((view) => view.id !== id));
    },
  };
}
