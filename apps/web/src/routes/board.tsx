import { supervisors } from '@switchboard/contracts/values';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link } from '@tanstack/react-router';
import { Tv } from 'lucide-react';
import { PageHeader } from '../components/page-header';
import { PagePending } from '../components/page-pending';
import { buttonClass } from '../components/ui/button';
import { BoardSection, EmptyBoard, FloorTiles, isEmptyBoard, UpdatedAt } from '../features/board/board';
import { BoardFilters, BoardTabs, spanLabels } from '../features/board/board-controls';
import { boardQuery, useLiveBoard } from '../features/board/board-query';
import { boardSearchSchema } from '../features/board/board-search';
import { RouteError } from '../features/shell/route-error';
import { companyQuery, numbersQuery, teamsQuery } from '../lib/directory-queries';
import { requireRole } from '../lib/session';

export const Route = createFileRoute('/board')({
  validateSearch: boardSearchSchema,
  beforeLoad: ({ context }) => requireRole(context.account, supervisors),
  loaderDeps: ({ search: { span, teamId, numberId } }) => ({ span, teamId, numberId }),
  loader: ({ context: { queryClient }, deps }) =>
    Promise.all([
      queryClient.ensureQueryData(boardQuery(deps)),
      queryClient.ensureQueryData(companyQuery()),
      queryClient.ensureQueryData(teamsQuery()),
      queryClient.ensureQueryData(numbersQuery()),
    ]),
  component: BoardPage,
  pendingComponent: PagePending,
  errorComponent: RouteError,
});

function BoardPage() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const board = useSuspenseQuery(boardQuery(search)).data;
  const { thresholds } = useSuspenseQuery(companyQuery()).data.company;
  const { teams } = useSuspenseQuery(teamsQuery()).data;
  const { numbers } = useSuspenseQuery(numbersQuery()).data;
  useLiveBoard();
  return (
    <div className="overflow-y-auto">
      <PageHeader title="Live board" description={`${spanLabels[search.span]}, in ${board.timeZone}.`}>
        <UpdatedAt at={board.at} />
        <Link to="/wallboard" className={buttonClass({ size: 'sm' })}>
          <Tv aria-hidden />
          Wallboard
        </Link>
      </PageHeader>
      <div className="flex flex-col gap-4 px-4 pb-6">
        <BoardFilters
          search={search}
          teams={teams}
          numbers={numbers}
          onChange={(next) => void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true })}
        />
        {isEmptyBoard(board) ? (
          <EmptyBoard />
        ) : (
          <>
            <FloorTiles board={board} thresholds={thresholds} />
            <div className="rounded-lg border border-border bg-card">
              <BoardTabs
                tab={search.tab}
                onChange={(tab) => void navigate({ search: (previous) => ({ ...previous, tab }), replace: true })}
              />
              <div
                role="tabpanel"
                id="board-panel"
                aria-labelledby={`board-tab-${search.tab}`}
                className="overflow-x-auto"
              >
                <BoardSection tab={search.tab} board={board} thresholds={thresholds} />
              </div>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
