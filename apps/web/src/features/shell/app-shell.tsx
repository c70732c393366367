import type { SessionAccount } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense } from 'react';
import { AccountButton } from './account-button';
import { ConnectivityBanner } from './connectivity-banner';
import { useLiveCacheSync } from './live-cache-sync';
import { MainNav } from './main-nav';
import { ThemeToggle } from './theme-toggle';

// Radix's menu (popper, focus management) is not needed for the first paint.
const AccountMenu = lazy(() => import('./account-menu'));

/** The signed-in frame: header, role-aware navigation rail, the unreachable-server banner, and the page. */
export function AppShell({ account, children }: { account: SessionAccount; children: ReactNode }) {
  useLiveCacheSync();
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
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle />
          <Suspense fallback={<AccountButton account={account} disabled />}>
            <AccountMenu account={account} />
          </Suspense>
        </div>
      </header>
      <ConnectivityBanner />
      <div className="flex min-h-0 flex-1">
        <MainNav role={account.role} />
        <main id="main" className="flex min-h-0 min-w-0 flex-1 flex-col">
          {children}
        </main>
      </div>
    </div>
  );
}
