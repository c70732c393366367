import type { UserDetail } from '@switchboard/contracts';
import { lazy, Suspense } from 'react';
import { Skeleton } from '../../components/ui/skeleton';

// libphonenumber-js with its metadata would take most of a route chunk's budget: the panel loads after the page.
const CallPanel = lazy(() => import('./call-panel'));

export function LazyCallPanel({ user }: { user: UserDetail }) {
  return (
    <Suspense fallback={<Skeleton className="m-4 h-52" />}>
      <CallPanel user={user} />
    </Suspense>
  );
}
