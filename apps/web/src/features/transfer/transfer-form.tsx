import type { Availability, CallRow, CallTransferBody, DispatchingStrategy } from '@switchboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CountryCode } from 'libphonenumber-js';
import { Tabs } from 'radix-ui';
import { type FormEvent, useState } from 'react';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Input, Select } from '../../components/ui/input';
import { ApiError, api, describeError, useContracts } from '../../lib/api-client';
import { teamsQuery, usersQuery } from '../../lib/directory-queries';
import { notify } from '../../lib/notify';
import { countryOf, parsePhone } from '../../lib/phone';

export type TransferCall = Pick<CallRow, 'id' | 'direction' | 'status' | 'answeredAt' | 'number' | 'agent'>;

const availabilityLabels: Record<Availability, { label: string; tone: BadgeTone }> = {
  available: { label: 'Available', tone: 'success' },
  in_call: { label: 'In a call', tone: 'warning' },
  after_call_work: { label: 'Wrapping up', tone: 'warning' },
  do_not_disturb: { label: 'Do not disturb', tone: 'danger' },
  offline: { label: 'Offline', tone: 'neutral' },
};

const strategies: Record<DispatchingStrategy, string> = {
  simultaneous: 'Ring every member at once',
  random: 'Ring members one by one, in random order',
  longest_idle: 'Ring the member idle the longest first',
};

const optionClass =
  'flex cursor-pointer items-center gap-3 rounded-md border border-border px-3 py-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-selected has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60';

function AgentTarget({ value, onChange }: { value: number | null; onChange: (userId: number) => void }) {
  const users = useQuery(usersQuery());
  const [filter, setFilter] = useState('');
  const shown = (users.data?.users ?? []).filter((user) => user.name.toLowerCase().includes(filter.toLowerCase()));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="sr-only">Agent</legend>
      <Input
        aria-label="Find an agent"
        placeholder="Find an agent"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {users.isPending && <p className="text-sm text-muted-foreground">Loading agents…</p>}
      <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto">
        {shown.map((user) => {
          const availability = availabilityLabels[user.availability];
          return (
            <li key={user.id}>
              <label className={optionClass}>
                <input
                  type="radio"
                  name="transfer-user"
                  className="accent-primary"
                  checked={value === user.id}
                  onChange={() => onChange(user.id)}
                />
                <span className="min-w-0 flex-1 truncate">{user.name}</span>
                <Badge tone={availability.tone}>{availability.label}</Badge>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-muted-foreground">Aircall rings an agent who is not available only once they are.</p>
    </fieldset>
  );
}

function TeamTarget({
  ringing,
  value,
  strategy,
  onChange,
  onStrategyChange,
}: {
  ringing: boolean;
  value: number | null;
  strategy: DispatchingStrategy;
  onChange: (teamId: number) => void;
  onStrategyChange: (strategy: DispatchingStrategy) => void;
}) {
  const { limits } = useContracts();
  const teams = useQuery(teamsQuery());
  const maxMembers = limits.teamSizeForRingingTransfer;
  return (
    <div className="flex flex-col gap-3">
      {ringing && (
        <p className="rounded-md bg-muted px-3 py-2 text-sm">
          This call is still ringing: Aircall only transfers a ringing call to a team of {maxMembers} members or fewer.
          Larger teams are greyed out.
        </p>
      )}
      <fieldset className="flex flex-col gap-1">
        <legend className="sr-only">Team</legend>
        {teams.isPending && <p className="text-sm text-muted-foreground">Loading teams…</p>}
        <ul className="flex max-h-56 flex-col gap-1 overflow-y-auto">
          {teams.data?.teams.map((team) => {
            const tooBig = ringing && team.memberCount > maxMembers;
            return (
              <li key={team.id}>
                <label className={optionClass}>
                  <input
                    type="radio"
                    name="transfer-team"
                    className="accent-primary"
                    checked={value === team.id}
                    disabled={tooBig}
                    onChange={() => onChange(team.id)}
                  />
                  <span className="min-w-0 flex-1 truncate">{team.name}</span>
                  <span className="text-xs text-muted-foreground">
                    {team.memberCount} members · {team.availableCount} available
                    {tooBig && ` · over ${maxMembers}`}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <Field label="How Aircall rings the team">
        {(control) => (
          <Select
            {...control}
            value={strategy}
            onChange={(event) => onStrategyChange(event.target.value as DispatchingStrategy)}
          >
            {Object.entries(strategies).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}

function NumberTarget({
  allowed,
  value,
  error,
  onChange,
  defaultCountry,
}: {
  allowed: boolean;
  value: string;
  error: string | undefined;
  onChange: (text: string) => void;
  defaultCountry: CountryCode | undefined;
}) {
  if (!allowed) {
    return (
      <p className="rounded-md bg-muted px-3 py-2 text-sm">
        Aircall transfers to an external number only inbound calls that nobody has answered yet.
      </p>
    );
  }
  const parsed = value.trim() === '' ? null : parsePhone(value, defaultCountry);
  return (
    <Field
      label="Phone number"
      error={error ?? (value.trim() !== '' && !parsed ? 'This is not a valid phone number.' : undefined)}
      hint={
        parsed
          ? `Will dial ${parsed.formatInternational()} (${parsed.number})`
          : 'International format, e.g. +33 1 23 45 67 89'
      }
    >
      {(control) => (
        <Input {...control} type="tel" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

type Target = 'user' | 'team' | 'number';

/**
 * The transfer form (loaded with the dialog: libphonenumber's metadata is large). Aircall's rules are checked before
 * sending (ringing calls → teams of 25 or fewer; external numbers → unanswered inbound calls only), and Aircall's
 * answer is shown as it is.
 */
export default function TransferForm({ call, onSent }: { call: TransferCall; onSent: () => void }) {
  const [target, setTarget] = useState<Target>('user');
  const [userId, setUserId] = useState<number | null>(null);
  const [teamId, setTeamId] = useState<number | null>(null);
  const [strategy, setStrategy] = useState<DispatchingStrategy>('simultaneous');
  const [number, setNumber] = useState('');
  const ringing = call.status === 'initial';
  const externalAllowed = call.direction === 'inbound' && call.answeredAt === null;
  // A number typed without +code is read in the country of the line the call came in on.
  const lineCountry = countryOf(call.number?.digits);

  const queryClient = useQueryClient();
  const transfer = useMutation({
    mutationFn: (body: CallTransferBody) => api('calls.transfer', { params: { callId: call.id }, body }),
    onSuccess: () => {
      notify.success('Transfer sent: Aircall is ringing the new destination.');
      // Every view of the call (the live row, its page) reads the mirror again: it shows who has the call now.
      void queryClient.invalidateQueries({ queryKey: ['calls'] });
      onSent();
    },
  });

  const body = ((): CallTransferBody | null => {
    if (target === 'user') return userId === null ? null : { target, userId };
    if (target === 'team') return teamId === null ? null : { target, teamId, dispatchingStrategy: strategy };
    const parsed = externalAllowed ? parsePhone(number, lineCountry) : null;
    return parsed ? { target, number: parsed.number } : null;
  })();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body) transfer.mutate(body);
  };
  const fieldErrors = transfer.error instanceof ApiError ? transfer.error.fieldErrors : {};

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      {transfer.error && <FormError>Aircall did not transfer the call: {describeError(transfer.error)}</FormError>}
      <Tabs.Root value={target} onValueChange={(value) => setTarget(value as Target)}>
        <Tabs.List aria-label="Transfer to" className="mb-3 grid grid-cols-3 gap-1 rounded-lg bg-muted p-1">
          {(['user', 'team', 'number'] as const).map((value) => (
            <Tabs.Trigger
              key={value}
              value={value}
              className="rounded-md px-2 py-1.5 text-sm font-medium text-muted-foreground data-[state=active]:bg-background data-[state=active]:text-foreground data-[state=active]:shadow-sm"
            >
              {value === 'user' ? 'Agent' : value === 'team' ? 'Team' : 'External number'}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="user">
          <AgentTarget value={userId} onChange={setUserId} />
        </Tabs.Content>
        <Tabs.Content value="team">
          <TeamTarget
            ringing={ringing}
            value={teamId}
            strategy={strategy}
            onChange={setTeamId}
            onStrategyChange={setStrategy}
          />
        </Tabs.Content>
        <Tabs.Content value="number">
          <NumberTarget
            allowed={externalAllowed}
            value={number}
            error={fieldErrors.number}
            onChange={setNumber}
            defaultCountry={lineCountry}
          />
        </Tabs.Content>
      </Tabs.Root>
      <Button type="submit" variant="primary" disabled={!body || transfer.isPending}>
        {transfer.isPending ? 'Transferring…' : 'Transfer call'}
      </Button>
    </form>
  );
}
