import type { SessionAccount } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { Search } from 'lucide-react';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useState } from 'react';
import { Button } from '../../components/ui/button';
import { isTextEntry, modalOpen } from '../../lib/keyboard';
import { AccountButton } from './account-button';
import { ConnectivityBanner } from './connectivity-banner';
import { useLiveCacheSync } from './live-cache-sync';
import { MainNav } from './main-nav';
import { ThemeToggle } from './theme-toggle';

// Radix's menu (popper, focus management) is not needed for the first paint.
const AccountMenu = lazy(() => import('./account-menu'));
// cmdk and its dialog load the first time the palette opens.
const CommandPalette = lazy(() => import('./command-palette'));
// The shortcuts dialog loads the first time "?" is pressed.
const KeyboardShortcuts = lazy(() => import('./keyboard-shortcuts'));
// Polls the import's progress only on a fresh start; the code loads after the first paint.
const ImportBanner = lazy(() => import('./import-banner'));

/** Ctrl+K (Cmd+K on a Mac) toggles the palette from anywhere, text fields included. */
function usePaletteShortcut(toggle: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        toggle();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [toggle]);
}

/** "?" (outside text fields and dialogs) shows the keyboard shortcuts. */
function useShortcutsKey(show: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTextEntry(event.target) || modalOpen()) return;
      event.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [show]);
}

/** The signed-in frame: header, role-aware navigation rail, the unreachable-server banner, and the page. */
export function AppShell({ account, children }: { account: SessionAccount; children: ReactNode }) {
  useLiveCacheSync();
  const [palette, setPalette] = useState({ used: false, open: false });
  const setPaletteOpen = (open: boolean) => setPalette({ used: true, open });
  usePaletteShortcut(useCallback(() => setPalette((state) => ({ used: true, open: !state.open })), []));
  const [shortcuts, setShortcuts] = useState({ used: false, open: false });
  useShortcutsKey(useCallback(() => setShortcuts({ used: true, open: true }), []));
  return (
    <div className="flex h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="flex h-14 shrink-0 items-center gap-3 border-b border-border px-3">
        <Link to="/calls" className="flex items-center gap-2 px-1 font-semibold tracking-tight">
          <img src="/favicon.svg" alt="" className="size-6" />
          <span className="max-sm:sr-only">Switchboard</span>
        </Link>
        <Button
          variant="outline"
          size="sm"
          className="ml-auto w-64 justify-start text-muted-foreground max-md:w-auto"
          onClick={() => setPaletteOpen(true)}
          aria-keyshortcuts="Control+K Meta+K"
        >
          <Search aria-hidden />
          <span className="max-md:sr-only">Search or jump to…</span>
          <kbd className="ml-auto rounded border border-border px-1.5 text-xs max-md:hidden">Ctrl K</kbd>
        </Button>
        <div className="flex items-center gap-1">
          <ThemeToggle />
          <Suspense fallback={<AccountButton account={account} disabled />}>
            <AccountMenu account={account} />
          </Suspense>
        </div>
      </header>
      {palette.used && (
        <Suspense>
          <CommandPalette role={account.role} open={palette.open} onOpenChange={setPaletteOpen} />
        </Suspense>
      )}
      {shortcuts.used && (
        <Suspense>
          <KeyboardShortcuts open={shortcuts.open} onOpenChange={(open) => setShortcuts({ used: true, open })} />
        </Suspense>
      )}
      <ConnectivityBanner />
      <Suspense>
        <ImportBanner />
      </Suspense>
      <div className="flex min-h-0 flex-1">
        <MainNav role={account.role} />
        <main id="main" className="flex min-h-0 min-w-0 flex-1 flex-col">
          {children}
        </main>
      </div>
    </div>
  );
}
