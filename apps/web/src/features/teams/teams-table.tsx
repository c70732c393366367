import type { Team } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { UsersRound } from 'lucide-react';
import { StateMessage } from '../../components/state-message';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { formatTimestamp } from '../../lib/format';
import { DeleteTeamDialog } from './delete-team-dialog';

export function TeamsTable({ teams }: { teams: readonly Team[] }) {
  if (teams.length === 0) {
    return (
      <StateMessage role="status" icon={<UsersRound />} title="No teams yet">
        Create a team to ring several agents from one number.
      </StateMessage>
    );
  }
  return (
    <Table aria-label="Teams">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead className="text-right">Members</TableHead>
          <TableHead className="text-right">Available now</TableHead>
          <TableHead className="max-md:hidden">Created</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {teams.map((team) => (
          <TableRow key={team.id} className="hover:bg-muted/50">
            <TableCell className="font-medium">
              <Link to="/teams/$teamId" params={{ teamId: team.id }} className="hover:underline">
                {team.name}
              </Link>
            </TableCell>
            <TableCell className="text-right tabular-nums">{team.memberCount}</TableCell>
            <TableCell className="text-right tabular-nums">{team.availableCount}</TableCell>
            <TableCell className="text-muted-foreground max-md:hidden">{formatTimestamp(team.createdAt)}</TableCell>
            <TableCell className="w-12 text-right">
              <DeleteTeamDialog team={team} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
