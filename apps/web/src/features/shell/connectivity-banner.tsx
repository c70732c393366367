import { useQuery } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { CloudOff } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/button';
import { useBffReachable } from '../../lib/connectivity';
import { notify } from '../../lib/notify';
import { healthQuery } from './health-query';

const healthPollMs = 5_000;

/** Shown while the BFF does not answer; polls its health and reloads the page's data once it is back. */
export function ConnectivityBanner() {
  const reachable = useBffReachable();
  const router = useRouter();
  const health = useQuery({ ...healthQuery(), enabled: !reachable, refetchInterval: healthPollMs });

  const wasReachable = useRef(reachable);
  useEffect(() => {
    if (reachable && !wasReachable.current) {
      notify.success('Connection restored');
      void router.invalidate();
    }
    wasReachable.current = reachable;
  }, [reachable, router]);

  if (reachable) return null;
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-danger/30 bg-danger/10 px-4 py-2 text-sm"
    >
      <CloudOff className="size-4 shrink-0 text-danger" aria-hidden />
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">Can’t reach Switchboard’s server.</strong>{' '}
        <span className="text-muted-foreground">
          We check again every few seconds; your page reloads when it’s back.
        </span>
      </p>
      <Button size="sm" onClick={() => void health.refetch()} disabled={health.isFetching}>
        Try again
      </Button>
    </div>
  );
}
