import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { type ErrorComponentProps, Link, useRouter, useRouterState } from '@tanstack/react-router';
import { CloudOff, Hourglass, SearchX, TriangleAlert } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { Forbidden } from '../../components/forbidden';
import { StateMessage } from '../../components/state-message';
import { Button, buttonClass } from '../../components/ui/button';
import { ApiError, BffUnreachableError } from '../../lib/api-client';
import { useClock } from '../../lib/clock';
import { isForbidden } from '../../lib/session';

/** Aircall's answer carries no retry time in rare cases; a minute is its rate-limit window. */
const defaultRetryAfterSeconds = 60;

/** What a route shows when its loader failed: the 403 page, or the BFF's own message and a way to try again. */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
  const queryErrorResetBoundary = useQueryErrorResetBoundary();
  useEffect(() => queryErrorResetBoundary.reset(), [queryErrorResetBoundary]);
  const retry = useCallback(() => void router.invalidate(), [router]);

  if (isForbidden(error)) return <Forbidden reason={error.message} />;
  if (error instanceof ApiError && error.status === 404) return <NoSuchResource message={error.message} />;
  if (error instanceof ApiError && error.isRateLimited) {
    return <RateLimited error={error} onRetry={retry} />;
  }
  const unreachable = error instanceof BffUnreachableError;
  return (
    <StateMessage
      role="alert"
      icon={unreachable ? <CloudOff /> : <TriangleAlert />}
      title={unreachable ? 'Server unreachable' : 'Something went wrong'}
      action={
        <Button variant="primary" onClick={retry}>
          Retry
        </Button>
      }
    >
      {error instanceof ApiError || unreachable ? error.message : 'An unexpected error occurred.'}
    </StateMessage>
  );
}

/** What an id in the URL names, by the list it belongs to: the page says which kind of thing does not exist. */
const resources = [
  { path: '/calls', noun: 'call', list: 'calls' },
  { path: '/contacts', noun: 'contact', list: 'contacts' },
  { path: '/teams', noun: 'team', list: 'teams' },
  { path: '/users', noun: 'user', list: 'users' },
  { path: '/campaigns', noun: 'campaign', list: 'campaigns' },
] as const;

/** The BFF answered 404 for the page's own resource: it does not exist (a retry would not help). */
function NoSuchResource({ message }: { message: string }) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const resource = resources.find(({ path }) => pathname.startsWith(`${path}/`));
  return (
    <StateMessage
      role="alert"
      icon={<SearchX />}
      title={resource ? `No such ${resource.noun}` : 'Not found'}
      action={
        resource && (
          <Link to={resource.path} className={buttonClass()}>
            Back to {resource.list}
          </Link>
        )
      }
    >
      {message}
    </StateMessage>
  );
}

/** Reads retry by themselves when Aircall's company-wide budget frees up; the agent sees when. */
function RateLimited({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const remaining = useCountdown(error, error.retryAfter ?? defaultRetryAfterSeconds, onRetry);
  return (
    <StateMessage
      role="alert"
      icon={<Hourglass />}
      title="Aircall is busy"
      action={<Button onClick={onRetry}>Retry now</Button>}
    >
      <p>Aircall allows 60 requests a minute for the whole company, and that budget is spent for now.</p>
      <p className="mt-1 font-medium text-foreground">Retrying in {remaining} s.</p>
    </StateMessage>
  );
}

/** Counts `seconds` down once a second, restarting for every new `error`, and calls `onDone` at zero. */
function useCountdown(error: ApiError, seconds: number, onDone: () => void): number {
  const clock = useClock();
  const [countdown, setCountdown] = useState({ error, remaining: seconds });
  if (countdown.error !== error) setCountdown({ error, remaining: seconds });

  const { remaining } = countdown;
  useEffect(() => {
    if (remaining <= 0) {
      onDone();
      return;
    }
    return clock.setTimeout(() => setCountdown((state) => ({ ...state, remaining: state.remaining - 1 })), 1000);
  }, [remaining, onDone, clock]);
  return remaining;
}
