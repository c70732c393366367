import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link } from '@tanstack/react-router';
import { ArrowLeft, ListX, Trash2 } from 'lucide-react';
import { ConfirmDialog } from '../../components/form-dialog';
import { PageHeader, Section } from '../../components/page-header';
import { PagePending } from '../../components/page-pending';
import { ProgressBar } from '../../components/progress-bar';
import { StateMessage } from '../../components/state-message';
import { Button } from '../../components/ui/button';
import { AddNumbersForm } from '../../features/campaigns/add-numbers-form';
import { CampaignNumbers } from '../../features/campaigns/campaign-numbers';
import { campaignNumbersQuery, campaignQuery, useCampaignActions } from '../../features/campaigns/campaigns-queries';
import { plural } from '../../lib/format';
import { notify } from '../../lib/notify';
import { parseIdParam } from '../../lib/params';

export const Route = createFileRoute('/campaigns/$userId')({
  params: {
    parse: ({ userId }) => ({ userId: parseIdParam(userId) }),
    stringify: ({ userId }) => ({ userId: String(userId) }),
  },
  loader: async ({ context, params }) => {
    const campaign = await context.queryClient.ensureQueryData(campaignQuery(params.userId));
    if (campaign) await context.queryClient.ensureQueryData(campaignNumbersQuery(params.userId));
  },
  component: CampaignPage,
  pendingComponent: PagePending,
});

function BackLink() {
  return (
    <Link
      to="/campaigns"
      className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
    >
      <ArrowLeft aria-hidden className="size-4" />
      All campaigns
    </Link>
  );
}

function CampaignPage() {
  const { userId } = Route.useParams();
  const campaign = useSuspenseQuery(campaignQuery(userId)).data;
  if (!campaign) {
    return (
      <>
        <PageHeader title="Dialer campaign">
          <BackLink />
        </PageHeader>
        <StateMessage role="status" icon={<ListX />} title="No active campaign">
          This agent has no dialer campaign now: it was deleted, or every number was called.
        </StateMessage>
      </>
    );
  }
  return <ActiveCampaign userId={userId} name={campaign.user.name} called={campaign.called} total={campaign.total} />;
}

function ActiveCampaign({
  userId,
  name,
  called,
  total,
}: {
  userId: number;
  name: string;
  called: number;
  total: number;
}) {
  const numbers = useSuspenseQuery(campaignNumbersQuery(userId)).data;
  const { remove } = useCampaignActions(userId);
  const navigate = Route.useNavigate();
  return (
    <div className="overflow-y-auto">
      <PageHeader title={`${name}’s campaign`} description={`${called} of ${total} numbers called`}>
        <BackLink />
        <ConfirmDialog
          title={`Delete ${name}’s campaign?`}
          confirmLabel="Delete campaign"
          trigger={
            <Button>
              <Trash2 aria-hidden />
              Delete campaign
            </Button>
          }
          onConfirm={async () => {
            await remove.mutateAsync();
            notify.success(`${name}’s campaign deleted.`);
            void navigate({ to: '/campaigns' });
          }}
        >
          <p>
            {plural(total - called, 'number')} not called yet will leave {name}’s power dialer. Calls already made stay
            in the call history.
          </p>
        </ConfirmDialog>
      </PageHeader>
      <div className="grid grid-cols-1 gap-4 px-4 pb-6 lg:grid-cols-[3fr_2fr]">
        <Section title="Numbers" className="self-start">
          <div className="flex items-center gap-3 border-b border-border px-4 py-3">
            <ProgressBar label="Campaign progress" value={called} max={total} />
            <span className="shrink-0 text-sm text-muted-foreground tabular-nums">
              {called} / {total} called
            </span>
          </div>
          <CampaignNumbers userId={userId} numbers={numbers} />
        </Section>
        <Section title="Add numbers" className="self-start">
          <AddNumbersForm userId={userId} existing={numbers.map((entry) => entry.number)} />
        </Section>
      </div>
    </div>
  );
}
