import type { DialerCampaign } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { ListChecks } from 'lucide-react';
import { ProgressBar } from '../../components/progress-bar';
import { StateMessage } from '../../components/state-message';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { formatTimestamp } from '../../lib/format';

/** Agents with an active power-dialer campaign, and how far each has got. */
export function CampaignsTable({ campaigns }: { campaigns: readonly DialerCampaign[] }) {
  if (campaigns.length === 0) {
    return (
      <StateMessage role="status" icon={<ListChecks />} title="No active campaigns">
        Create a campaign to give an agent a list of numbers to call from their phone’s power dialer.
      </StateMessage>
    );
  }
  return (
    <Table aria-label="Campaigns">
      <TableHeader>
        <TableRow>
          <TableHead>Agent</TableHead>
          <TableHead className="w-1/3">Progress</TableHead>
          <TableHead className="text-right">Called</TableHead>
          <TableHead className="max-md:hidden">Created</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {campaigns.map((campaign) => (
          <TableRow key={campaign.id} className="hover:bg-muted/50">
            <TableCell className="font-medium whitespace-nowrap">
              <Link to="/campaigns/$userId" params={{ userId: campaign.user.id }} className="hover:underline">
                {campaign.user.name}
              </Link>
            </TableCell>
            <TableCell>
              <ProgressBar label={`${campaign.user.name}’s progress`} value={campaign.called} max={campaign.total} />
            </TableCell>
            <TableCell className="text-right tabular-nums whitespace-nowrap">
              {campaign.called} / {campaign.total}
            </TableCell>
            <TableCell className="text-muted-foreground max-md:hidden">{formatTimestamp(campaign.createdAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
