type ChangeListener = (event: { matches: boolean }) => void;

let prefersDark = false;
const listeners = new Set<ChangeListener>();

/** jsdom has no matchMedia; this one answers `(prefers-color-scheme: dark)` and lets tests flip it. */
export function installMatchMedia(): void {
  window.matchMedia = (query: string) =>
    ({
      get matches() {
        return query.includes('dark') ? prefersDark : false;
      },
      media: query,
      addEventListener: (_type: string, listener: ChangeListener) => listeners.add(listener),
      removeEventListener: (_type: string, listener: ChangeListener) => listeners.delete(listener),
    }) as unknown as MediaQueryList;
}

export function setSystemPrefersDark(value: boolean): void {
  prefersDark = value;
  for (const listener of listeners) listener({ matches: value });
}
