import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { PageHeader, Section } from '../../components/page-header';
import { PagePending } from '../../components/page-pending';
import { campaignsQuery } from '../../features/campaigns/campaigns-queries';
import { CampaignsTable } from '../../features/campaigns/campaigns-table';
import { CreateCampaignDialog } from '../../features/campaigns/create-campaign-dialog';
import { TeamImport } from '../../features/campaigns/team-import';
import { teamsQuery, usersQuery } from '../../lib/directory-queries';

export const Route = createFileRoute('/campaigns/')({
  loader: ({ context }) =>
    Promise.all([
      context.queryClient.ensureQueryData(campaignsQuery()),
      context.queryClient.ensureQueryData(usersQuery()),
      context.queryClient.ensureQueryData(teamsQuery()),
    ]),
  component: CampaignsPage,
  pendingComponent: PagePending,
});

function CampaignsPage() {
  const { campaigns } = useSuspenseQuery(campaignsQuery()).data;
  const { users } = useSuspenseQuery(usersQuery()).data;
  const { teams } = useSuspenseQuery(teamsQuery()).data;
  const navigate = Route.useNavigate();
  return (
    <div className="overflow-y-auto">
      <PageHeader title="Dialer campaigns" description="Lists of numbers agents call with Aircall’s power dialer.">
        <CreateCampaignDialog
          users={users}
          campaigns={campaigns}
          onCreated={(userId) => void navigate({ to: '/campaigns/$userId', params: { userId } })}
        />
      </PageHeader>
      <div className="grid grid-cols-1 gap-4 px-4 pb-6 xl:grid-cols-[3fr_2fr]">
        <Section title="Active campaigns" className="self-start">
          <CampaignsTable campaigns={campaigns} />
        </Section>
        <Section title="Import for a team" className="self-start">
          <TeamImport teams={teams} />
        </Section>
      </div>
    </div>
  );
}
