import { supervisors } from '@switchboard/contracts/values';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { boardQuery, useLiveBoard } from '../features/board/board-query';
import { Wallboard } from '../features/board/wallboard';
import { RouteError } from '../features/shell/route-error';
import { companyQuery } from '../lib/directory-queries';
import { useServerEventStream, useStreamStatus } from '../lib/server-events';
import { requireRole } from '../lib/session';

const today = { span: 'today' } as const;

/**
 * Full screen, without the console's frame (the root layout leaves it out here). No loader: the page fetches what it
 * shows, which keeps the entry chunk (where every route's loader reference sits) within its budget.
 */
export const Route = createFileRoute('/wallboard')({
  beforeLoad: ({ context }) => requireRole(context.account, supervisors),
  component: WallboardPage,
  errorComponent: RouteError,
});

function WallboardPage() {
  useServerEventStream();
  useLiveBoard();
  const board = useQuery(boardQuery(today));
  const { thresholds } = useSuspenseQuery(companyQuery()).data.company;
  const stream = useStreamStatus();
  // The figures come by request; a failed refresh (the BFF restarting) is a lost connection too.
  const status = board.isRefetchError ? 'reconnecting' : stream;
  if (!board.data) return null;
  return <Wallboard board={board.data} thresholds={thresholds} status={status} />;
}
