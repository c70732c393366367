import type { SyncStatusResponse } from '@switchboard/contracts';
import { Section } from '../../components/page-header';
import { ProgressBar } from '../../components/progress-bar';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { formatCount, formatShare, formatTimestamp } from '../../lib/format';

type Resource = SyncStatusResponse['resources'][number];

/** What each mirrored resource is called on screen. */
const resourceNames: Record<Resource['resource'], string> = {
  calls: 'Calls',
  users: 'Users',
  teams: 'Teams',
  numbers: 'Numbers',
  tags: 'Tags',
  contacts: 'Contacts',
  dialerCampaigns: 'Dialer campaigns',
};

/** How each state reads: waiting between refreshes with everything mirrored is the healthy resting state. */
const states: Record<Resource['state'], { label: string; tone: BadgeTone }> = {
  idle: { label: 'Not started', tone: 'neutral' },
  backfilling: { label: 'Importing', tone: 'info' },
  refreshing: { label: 'Refreshing', tone: 'info' },
  waiting: { label: 'Up to date', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

const when = (unixSeconds: number | null) => (unixSeconds === null ? '—' : formatTimestamp(unixSeconds));

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm font-medium tabular-nums">{children}</dd>
    </div>
  );
}

function WebhookHealth({ webhook }: { webhook: SyncStatusResponse['webhook'] }) {
  const healthy = webhook.registered && webhook.active;
  return (
    <Section
      title="Webhook"
      actions={<Badge tone={healthy ? 'success' : 'danger'}>{healthy ? 'Healthy' : 'Not receiving'}</Badge>}
    >
      <dl className="grid grid-cols-2 gap-4 p-4">
        <Fact label="Registered with Aircall">{webhook.registered ? 'Yes' : 'No'}</Fact>
        <Fact label="Active">{webhook.active ? 'Yes' : 'No — Aircall disabled it after failed deliveries'}</Fact>
        <Fact label="Last event">{when(webhook.lastEventAt)}</Fact>
        <Fact label="Events waiting to apply">{formatCount(webhook.pendingEvents)}</Fact>
      </dl>
    </Section>
  );
}

function Budget({ budget }: { budget: SyncStatusResponse['budget'] }) {
  const used = budget.usedLastMinute;
  return (
    <Section
      title="Aircall budget"
      actions={
        budget.pausedUntil !== null && <Badge tone="warning">Paused until {formatTimestamp(budget.pausedUntil)}</Badge>
      }
    >
      <dl className="grid grid-cols-2 gap-4 p-4 md:grid-cols-3">
        <Fact label="Limit">{budget.limitPerMinute} requests / minute, company-wide</Fact>
        <Fact label="Available now">{Math.floor(budget.available)}</Fact>
        <Fact label="Rate limited (last hour)">{budget.rateLimitedLastHour}</Fact>
        <Fact label="Live actions (last minute)">{used.live}</Fact>
        <Fact label="Interactive (last minute)">{used.interactive}</Fact>
        <Fact label="Background sync (last minute)">{used.background}</Fact>
      </dl>
    </Section>
  );
}

function Resources({ resources }: { resources: readonly Resource[] }) {
  return (
    <Section title="Mirror sync">
      <Table aria-label="Sync per resource">
        <TableHeader>
          <TableRow>
            <TableHead>Resource</TableHead>
            <TableHead>State</TableHead>
            <TableHead className="w-40">Backfill</TableHead>
            <TableHead className="text-right">Items</TableHead>
            <TableHead className="max-md:hidden">Last success</TableHead>
            <TableHead className="max-lg:hidden">Next run</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {resources.map((resource) => (
            <TableRow key={resource.resource}>
              <TableCell className="font-medium">{resourceNames[resource.resource]}</TableCell>
              <TableCell>
                <Badge tone={states[resource.state].tone}>{states[resource.state].label}</Badge>
                {resource.lastError && <p className="mt-1 max-w-64 text-xs text-danger">{resource.lastError}</p>}
              </TableCell>
              <TableCell>
                {resource.progress === null ? (
                  <span className="text-muted-foreground">—</span>
                ) : (
                  <div className="flex items-center gap-2">
                    <ProgressBar
                      label={`${resourceNames[resource.resource]} backfill`}
                      value={Math.round(resource.progress * 100)}
                      max={100}
                    />
                    <span className="text-xs tabular-nums">{formatShare(resource.progress)}</span>
                  </div>
                )}
              </TableCell>
              <TableCell className="text-right tabular-nums">{formatCount(resource.itemsSynced)}</TableCell>
              <TableCell className="max-md:hidden">{when(resource.lastSuccessAt)}</TableCell>
              <TableCell className="max-lg:hidden">{when(resource.nextRunAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

export function SyncStatus({ status }: { status: SyncStatusResponse }) {
  return (
    <div className="flex flex-col gap-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <WebhookHealth webhook={status.webhook} />
        <Budget budget={status.budget} />
      </div>
      <Resources resources={status.resources} />
    </div>
  );
}
