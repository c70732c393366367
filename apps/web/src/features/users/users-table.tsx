import type { User } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { AvailabilityBadge } from '../../components/availability';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { formatClockTime, formatDuration } from '../../lib/format';
import { statusLabels } from './status';

export function UsersTable({ users, teamNames }: { users: readonly User[]; teamNames: ReadonlyMap<number, string> }) {
  return (
    <Table aria-label="Users">
      <caption className="caption-top px-2 pb-2 text-left text-xs text-muted-foreground">
        <strong className="font-medium">Right now</strong> is what Aircall sees at this moment (in a call, offline…);{' '}
        <strong className="font-medium">Chosen status</strong> is what the agent set in Aircall, which decides whether
        calls may ring them.
      </caption>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Right now</TableHead>
          <TableHead className="max-md:hidden">Chosen status</TableHead>
          <TableHead className="max-lg:hidden">Teams</TableHead>
          <TableHead className="text-right max-md:hidden">Wrap-up</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id} className="hover:bg-muted/50">
            <TableCell>
              <Link to="/users/$userId" params={{ userId: user.id }} className="font-medium hover:underline">
                {user.name}
              </Link>
              <p className="text-xs text-muted-foreground">{user.email}</p>
            </TableCell>
            <TableCell>
              <div className="flex flex-wrap items-center gap-2">
                <AvailabilityBadge availability={user.availability} />
                {user.availabilitySince !== null && (
                  <span className="text-xs text-muted-foreground">since {formatClockTime(user.availabilitySince)}</span>
                )}
              </div>
            </TableCell>
            <TableCell className="max-md:hidden">{statusLabels[user.availabilityStatus]}</TableCell>
            <TableCell className="text-muted-foreground max-lg:hidden">
              {user.teamIds
                .map((id) => teamNames.get(id))
                .filter(Boolean)
                .join(', ') || '—'}
            </TableCell>
            <TableCell className="text-right tabular-nums max-md:hidden">{formatDuration(user.wrapUpTime)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
