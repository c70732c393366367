import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link } from '@tanstack/react-router';
import { ArrowLeft } from 'lucide-react';
import { PageHeader, Section } from '../../components/page-header';
import { PagePending } from '../../components/page-pending';
import { AddMember } from '../../features/teams/add-member';
import { DeleteTeamDialog } from '../../features/teams/delete-team-dialog';
import { TeamMembers } from '../../features/teams/team-members';
import { teamQuery } from '../../features/teams/teams-queries';
import { parseIdParam } from '../../lib/params';

export const Route = createFileRoute('/teams/$teamId')({
  params: {
    parse: ({ teamId }) => ({ teamId: parseIdParam(teamId) }),
    stringify: ({ teamId }) => ({ teamId: String(teamId) }),
  },
  loader: ({ context, params }) => context.queryClient.ensureQueryData(teamQuery(params.teamId)),
  component: TeamPage,
  pendingComponent: PagePending,
});

function TeamPage() {
  const { teamId } = Route.useParams();
  const team = useSuspenseQuery(teamQuery(teamId)).data;
  const navigate = Route.useNavigate();
  return (
    <div className="overflow-y-auto">
      <PageHeader title={team.name} description={`${team.memberCount} members, ${team.availableCount} available now`}>
        <Link
          to="/teams"
          className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
        >
          <ArrowLeft aria-hidden className="size-4" />
          All teams
        </Link>
        <DeleteTeamDialog labelled team={team} onDeleted={() => void navigate({ to: '/teams' })} />
      </PageHeader>
      <div className="grid grid-cols-1 gap-4 px-4 pb-6 lg:grid-cols-[2fr_1fr]">
        <Section title="Members" className="self-start">
          <TeamMembers team={team} />
        </Section>
        {/* Above a long member list in a narrow window, where adding is what one came for. */}
        <Section title="Add members" className="self-start max-lg:order-first">
          <AddMember team={team} />
        </Section>
      </div>
    </div>
  );
}
