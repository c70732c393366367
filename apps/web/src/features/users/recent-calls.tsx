import type { CallRow } from '@switchboard/contracts';
import { ArrowDownLeft, ArrowUpRight } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { formatDuration, formatTimestamp } from '../../lib/format';

function outcome(call: CallRow): { label: string; tone: 'success' | 'danger' | 'info' | 'neutral' } {
  if (call.status !== 'done') return { label: 'Ongoing', tone: 'info' };
  if (call.answeredAt !== null) return { label: 'Answered', tone: 'success' };
  return call.direction === 'inbound'
    ? { label: 'Missed', tone: 'danger' }
    : { label: 'Not answered', tone: 'neutral' };
}

export function RecentCalls({ calls }: { calls: readonly CallRow[] }) {
  if (calls.length === 0) return <p className="p-4 text-sm text-muted-foreground">No calls yet.</p>;
  return (
    <Table aria-label="Recent calls">
      <TableHeader>
        <TableRow>
          <TableHead>Started</TableHead>
          <TableHead>Direction</TableHead>
          <TableHead>Other party</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead className="text-right">Duration</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {calls.map((call) => {
          const { label, tone } = outcome(call);
          const Icon = call.direction === 'inbound' ? ArrowDownLeft : ArrowUpRight;
          return (
            <TableRow key={call.id}>
              <TableCell className="whitespace-nowrap">{formatTimestamp(call.startedAt)}</TableCell>
              <TableCell>
                <span className="inline-flex items-center gap-1">
                  <Icon aria-hidden className="size-4 text-muted-foreground" />
                  {call.direction === 'inbound' ? 'Inbound' : 'Outbound'}
                </span>
              </TableCell>
              <TableCell className="whitespace-nowrap">{call.contact?.name ?? call.rawDigits ?? 'Unknown'}</TableCell>
              <TableCell>
                <Badge tone={tone}>{label}</Badge>
              </TableCell>
              <TableCell className="text-right tabular-nums">{formatDuration(call.duration)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
