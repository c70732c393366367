import type { TeamDetail } from '@switchboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { Search, UserPlus } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { AvailabilityBadge } from '../../components/availability';
import { Button } from '../../components/ui/button';
import { FormError } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { describeError } from '../../lib/api-client';
import { useClock } from '../../lib/clock';
import { notify } from '../../lib/notify';
import { useMembership, userSearchQuery } from './teams-queries';

/** Waits for a pause in typing before searching, so each keystroke does not cost a request. */
function useSettledText(text: string, delayMs = 250): string {
  const clock = useClock();
  const [settled, setSettled] = useState(text);
  useEffect(() => clock.setTimeout(() => setSettled(text), delayMs), [clock, text, delayMs]);
  return settled;
}

/** Search users by name or email and add them to the team, one click each. */
export function AddMember({ team }: { team: TeamDetail }) {
  const [text, setText] = useState('');
  const searchText = useSettledText(text.trim());
  const results = useQuery(userSearchQuery(searchText));
  const { add } = useMembership(team.id);
  const inputId = useId();
  const memberIds = new Set(team.members.map((member) => member.id));
  const candidates = (results.data?.users ?? []).filter((user) => !memberIds.has(user.id));

  return (
    <div className="flex flex-col gap-3 p-4">
      <label htmlFor={inputId} className="text-sm font-medium">
        Search users to add
      </label>
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
        <Input
          id={inputId}
          type="search"
          placeholder="Name or email"
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="pl-8"
          autoComplete="off"
        />
      </div>
      {results.isError && <FormError>{describeError(results.error)}</FormError>}
      {add.isError && <FormError>{describeError(add.error)}</FormError>}
      {searchText !== '' && results.isSuccess && (
        <ul aria-label="Users found" className="flex flex-col divide-y divide-border rounded-md border border-border">
          {candidates.length === 0 && (
            <li className="px-3 py-2 text-sm text-muted-foreground">
              {results.data.users.length === 0 ? `No user matches “${searchText}”.` : 'Everyone found is a member.'}
            </li>
          )}
          {candidates.map((user) => (
            <li key={user.id} className="flex items-center gap-3 px-3 py-2">
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium">{user.name}</p>
                <p className="truncate text-xs text-muted-foreground">{user.email}</p>
              </div>
              <AvailabilityBadge availability={user.availability} />
              <Button
                size="sm"
                aria-label={`Add ${user.name}`}
                disabled={add.isPending && add.variables === user.id}
                onClick={() =>
                  add.mutate(user.id, { onSuccess: () => notify.success(`${user.name} added to ${team.name}.`) })
                }
              >
                <UserPlus aria-hidden />
                Add
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
