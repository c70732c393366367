import type { TeamDetail, TeamMember } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { UserMinus, UsersRound } from 'lucide-react';
import { useState } from 'react';
import { AvailabilityBadge } from '../../components/availability';
import { StateMessage } from '../../components/state-message';
import { Button } from '../../components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { describeError } from '../../lib/api-client';
import { useClock } from '../../lib/clock';
import { notify } from '../../lib/notify';
import { useMembership } from './teams-queries';

/**
 * The team's members. Removing one is undoable: the row disappears at once, and the request goes only when the
 * toast's Undo window has passed.
 */
export function TeamMembers({ team }: { team: TeamDetail }) {
  const clock = useClock();
  const { remove } = useMembership(team.id);
  const [leaving, setLeaving] = useState<ReadonlySet<number>>(new Set());
  const setLeavingFor = (userId: number, isLeaving: boolean) =>
    setLeaving((current) => {
      const next = new Set(current);
      if (isLeaving) next.add(userId);
      else next.delete(userId);
      return next;
    });

  const removeMember = (member: TeamMember) => {
    setLeavingFor(member.id, true);
    notify.undoable({
      message: `${member.name} removed from ${team.name}.`,
      clock,
      onUndo: () => setLeavingFor(member.id, false),
      commit: () =>
        remove.mutate(member.id, {
          onError: (error) => {
            setLeavingFor(member.id, false);
            notify.error(`${member.name} is still in ${team.name}: ${describeError(error)}`);
          },
        }),
    });
  };

  const members = team.members.filter((member) => !leaving.has(member.id));
  if (members.length === 0) {
    return (
      <StateMessage role="status" icon={<UsersRound />} title="No members yet">
        Search for users to add them to this team.
      </StateMessage>
    );
  }
  return (
    <Table aria-label="Members">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead className="max-md:hidden">Email</TableHead>
          <TableHead>Availability</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((member) => (
          <TableRow key={member.id}>
            <TableCell className="font-medium whitespace-nowrap">
              <Link to="/users/$userId" params={{ userId: member.id }} className="hover:underline">
                {member.name}
              </Link>
            </TableCell>
            <TableCell className="text-muted-foreground max-md:hidden">{member.email}</TableCell>
            <TableCell>
              <AvailabilityBadge availability={member.availability} />
            </TableCell>
            <TableCell className="w-28 text-right">
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${member.name}`}
                onClick={() => removeMember(member)}
              >
                <UserMinus aria-hidden />
                Remove
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
