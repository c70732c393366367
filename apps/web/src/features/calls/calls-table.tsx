import type { CallRow } from '@switchboard/contracts';
import { PhoneIncoming, PhoneOutgoing } from 'lucide-react';
import { Skeleton } from '../../components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { CallStatusBadge } from './call-status';
import { formatDuration, formatTimestamp, toIsoString } from './format';

const columns = ['Direction', 'Status', 'Number', 'Agent', 'Started at', 'Duration'] as const;

function ColumnHeaders() {
  return (
    <TableHeader>
      <TableRow>
        {columns.map((column) => (
          <TableHead key={column} scope="col" className={column === 'Duration' ? 'text-right' : undefined}>
            {column}
          </TableHead>
        ))}
      </TableRow>
    </TableHeader>
  );
}

function DirectionCell({ direction }: Pick<CallRow, 'direction'>) {
  const Icon = direction === 'inbound' ? PhoneIncoming : PhoneOutgoing;
  return (
    <span className="flex items-center gap-2 text-muted-foreground">
      <Icon className="size-4" aria-hidden />
      {direction === 'inbound' ? 'Inbound' : 'Outbound'}
    </span>
  );
}

export function CallsTable({ calls }: { calls: CallRow[] }) {
  return (
    <Table aria-label="Calls">
      <ColumnHeaders />
      <TableBody>
        {calls.map((call) => (
          <TableRow key={call.id} className="hover:bg-muted/50">
            <TableCell>
              <DirectionCell direction={call.direction} />
            </TableCell>
            <TableCell>
              <CallStatusBadge call={call} />
            </TableCell>
            <TableCell>
              <div className="font-medium tabular-nums">{call.rawDigits ?? 'Unknown number'}</div>
              {call.number && <div className="text-xs text-muted-foreground">{`via ${call.number.name}`}</div>}
            </TableCell>
            <TableCell>{call.agent?.name ?? <span className="text-muted-foreground">—</span>}</TableCell>
            <TableCell className="whitespace-nowrap">
              <time dateTime={toIsoString(call.startedAt)}>{formatTimestamp(call.startedAt)}</time>
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatDuration(call.duration)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function CallsTableSkeleton({ rows = 12 }: { rows?: number }) {
  return (
    <div role="status" aria-label="Loading calls">
      <Table aria-hidden>
        <ColumnHeaders />
        <TableBody>
          {Array.from({ length: rows }, (_, row) => (
            <TableRow key={row}>
              {columns.map((column) => (
                <TableCell key={column}>
                  <Skeleton className="h-4 w-full max-w-32" />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
