import { supervisors } from '@switchboard/contracts/values';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { PageHeader } from '../components/page-header';
import { Board, UpdatedAt } from '../features/board/board';
import { boardQuery, localTimeZone, useLiveBoard } from '../features/board/board-query';
import { RouteError } from '../features/shell/route-error';
import { requireRole } from '../lib/session';

export const Route = createFileRoute('/board')({
  beforeLoad: ({ context }) => requireRole(context.account, supervisors),
  loader: ({ context }) => context.queryClient.ensureQueryData(boardQuery(localTimeZone())),
  component: BoardPage,
  errorComponent: RouteError,
});

function BoardPage() {
  const timeZone = localTimeZone();
  const board = useSuspenseQuery(boardQuery(timeZone)).data;
  useLiveBoard(timeZone);
  return (
    <div className="overflow-y-auto">
      <PageHeader title="Live board" description={`Today, in ${timeZone}.`}>
        <UpdatedAt at={board.at} />
      </PageHeader>
      <div className="px-4 pb-6">
        <Board board={board} />
      </div>
    </div>
  );
}
