import { Link } from '@tanstack/react-router';
import { PhoneCall } from 'lucide-react';
import { lazy, type ReactNode, Suspense } from 'react';
import { ConnectivityBanner } from './connectivity-banner';
import { useTheme } from './theme';
import { ThemeToggle } from './theme-toggle';

// Loaded after the first paint, like every toast (see lib/notify).
const Toaster = lazy(() => import('sonner').then(({ Toaster }) => ({ default: Toaster })));

const navItems = [{ to: '/calls', label: 'Calls', icon: PhoneCall }] as const;

export function AppShell({ children }: { children: ReactNode }) {
  const theme = useTheme();
  return (
    <div className="flex h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="flex h-14 shrink-0 items-center gap-4 border-b border-border px-4">
        <Link to="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <img src="/favicon.svg" alt="" className="size-6" />
          Switchboard
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          {navItems.map(({ to, label, icon: Icon }) => (
            <Link
              key={to}
              to={to}
              className="flex items-center gap-2 rounded-md px-3 py-1.5 text-sm text-muted-foreground hover:bg-muted hover:text-foreground aria-[current=page]:bg-muted aria-[current=page]:font-medium aria-[current=page]:text-foreground"
            >
              <Icon className="size-4" aria-hidden />
              {label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </header>
      <ConnectivityBanner />
      <main id="main" className="flex min-h-0 flex-1 flex-col">
        {children}
      </main>
      <Suspense>
        <Toaster theme={theme} position="bottom-right" richColors closeButton />
      </Suspense>
    </div>
  );
}
