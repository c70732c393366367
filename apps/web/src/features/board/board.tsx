import type { Availability, BoardResponse } from '@switchboard/contracts';
import { Radio } from 'lucide-react';
import type { ReactNode } from 'react';
import { AvailabilityBadge, availabilityLabels, availabilityOrder } from '../../components/availability';
import { StateMessage } from '../../components/state-message';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { cn } from '../../lib/cn';
import { formatClockTime, formatCount, formatDuration, formatShare } from '../../lib/format';

type BoardRow = BoardResponse['rows'][number];

/** A caller waiting this long (seconds) is worth a glance; twice as long, an alarm. */
const waitWarningSeconds = 60;

function waitTone(seconds: number): string | undefined {
  if (seconds >= 2 * waitWarningSeconds) return 'text-danger';
  return seconds >= waitWarningSeconds ? 'text-warning' : undefined;
}

function Tile({
  label,
  value,
  detail,
  className,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  className?: string;
}) {
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-border bg-card p-4">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className={cn('text-3xl font-semibold tabular-nums tracking-tight', className)}>{value}</dd>
      {detail && <dd className="text-xs text-muted-foreground">{detail}</dd>}
    </div>
  );
}

function agentsOnline(agents: BoardRow['agentsByStatus']): number {
  return availabilityOrder
    .filter((status) => status !== 'offline')
    .reduce((sum, status) => sum + (agents[status] ?? 0), 0);
}

function AgentsByStatus({ agents }: { agents: BoardRow['agentsByStatus'] }) {
  const present = availabilityOrder.filter((status: Availability) => (agents[status] ?? 0) > 0);
  if (present.length === 0) return <span className="text-muted-foreground">No agents</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Agents by status">
      {present.map((status) => (
        <li key={status} className="inline-flex items-center gap-1">
          <AvailabilityBadge availability={status} />
          <span className="tabular-nums">{agents[status]}</span>
        </li>
      ))}
    </ul>
  );
}

/** The company-wide figures, big enough to read across the room. */
function Summary({ row }: { row: BoardRow }) {
  return (
    <section aria-label="Whole floor" className="flex flex-col gap-3">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Tile
          label="Calls waiting"
          value={formatCount(row.waiting)}
          className={row.waiting > 0 ? 'text-warning' : undefined}
        />
        <Tile label="Longest wait" value={formatDuration(row.longestWait)} className={waitTone(row.longestWait)} />
        <Tile
          label="Unanswered today"
          value={formatCount(row.unansweredToday)}
          detail={`${formatShare(row.unansweredShare)} of inbound calls`}
        />
        <Tile label="Answered today" value={formatCount(row.answeredToday)} />
        <Tile label="Outbound today" value={formatCount(row.outboundToday)} />
        <Tile
          label="Agents online"
          value={formatCount(agentsOnline(row.agentsByStatus))}
          detail={`${row.agentsByStatus.available ?? 0} ${availabilityLabels.available.toLocaleLowerCase()}`}
        />
      </dl>
      <div className="rounded-lg border border-border bg-card p-4 text-sm">
        <AgentsByStatus agents={row.agentsByStatus} />
      </div>
    </section>
  );
}

function TeamsTable({ rows }: { rows: readonly BoardRow[] }) {
  return (
    <Table aria-label="Per team">
      <TableHeader>
        <TableRow>
          <TableHead>Team</TableHead>
          <TableHead className="text-right">Waiting</TableHead>
          <TableHead className="text-right">Longest wait</TableHead>
          <TableHead className="text-right">Unanswered</TableHead>
          <TableHead className="text-right">Answered</TableHead>
          <TableHead className="text-right">Outbound</TableHead>
          <TableHead>Agents</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.team?.id}>
            <TableCell className="font-medium">{row.team?.name}</TableCell>
            <TableCell className="text-right tabular-nums">{row.waiting}</TableCell>
            <TableCell className={cn('text-right tabular-nums', waitTone(row.longestWait))}>
              {formatDuration(row.longestWait)}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {row.unansweredToday} <span className="text-muted-foreground">({formatShare(row.unansweredShare)})</span>
            </TableCell>
            <TableCell className="text-right tabular-nums">{row.answeredToday}</TableCell>
            <TableCell className="text-right tabular-nums">{row.outboundToday}</TableCell>
            <TableCell>
              <AgentsByStatus agents={row.agentsByStatus} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function Board({ board }: { board: BoardResponse }) {
  const everyone = board.rows.find((row) => row.team === null);
  const teams = board.rows.filter((row) => row.team !== null);
  if (!everyone && teams.length === 0) {
    return (
      <StateMessage role="status" icon={<Radio />} title="Nothing to show yet">
        The board fills in as soon as calls and agents are synced from Aircall.
      </StateMessage>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {everyone && <Summary row={everyone} />}
      {teams.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-border bg-card">
          <TeamsTable rows={teams} />
        </div>
      )}
    </div>
  );
}

export function UpdatedAt({ at }: { at: number }) {
  return (
    <p className="inline-flex items-center gap-2 text-sm text-muted-foreground" aria-live="polite">
      <span aria-hidden className="size-2 animate-pulse rounded-full bg-success" />
      Live · updated {formatClockTime(at)}
    </p>
  );
}
