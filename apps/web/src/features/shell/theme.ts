import { useEffect, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

const storageKey = 'switchboard.theme';
const darkQuery = '(prefers-color-scheme: dark)';

function storedTheme(): Theme | null {
  const value = localStorage.getItem(storageKey);
  return value === 'light' || value === 'dark' ? value : null;
}

/** The agent's explicit choice wins; without one we follow the operating system. */
export function currentTheme(): Theme {
  return storedTheme() ?? (window.matchMedia(darkQuery).matches ? 'dark' : 'light');
}

export function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle('dark', theme === 'dark');
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', notify);
  // Another tab changed the choice.
  window.addEventListener('storage', notify);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', notify);
    window.removeEventListener('storage', notify);
  };
}

export function setTheme(theme: Theme): void {
  localStorage.setItem(storageKey, theme);
  notify();
}

/** The theme in force, kept on <html> as the `dark` class that Tailwind's dark variant reads. */
export function useTheme(): Theme {
  const theme = useSyncExternalStore(subscribe, currentTheme);
  useEffect(() => applyTheme(theme), [theme]);
  return theme;
}
