import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { PageHeader } from '../../components/page-header';
import { PagePending } from '../../components/page-pending';
import { CreateTeamDialog } from '../../features/teams/create-team-dialog';
import { TeamsTable } from '../../features/teams/teams-table';
import { teamsQuery } from '../../lib/directory-queries';

export const Route = createFileRoute('/teams/')({
  loader: ({ context }) => context.queryClient.ensureQueryData(teamsQuery()),
  component: TeamsPage,
  pendingComponent: PagePending,
});

function TeamsPage() {
  const { teams } = useSuspenseQuery(teamsQuery()).data;
  const navigate = Route.useNavigate();
  return (
    <div className="overflow-y-auto">
      <PageHeader title="Teams" description="Groups of agents that numbers ring together.">
        <CreateTeamDialog
          teams={teams}
          onCreated={(team) => void navigate({ to: '/teams/$teamId', params: { teamId: team.id } })}
        />
      </PageHeader>
      <div className="px-4 pb-6">
        <TeamsTable teams={teams} />
      </div>
    </div>
  );
}
