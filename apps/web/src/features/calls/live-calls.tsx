import type { CallRow } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { PhoneIncoming, PhoneOutgoing } from 'lucide-react';
import { type ReactNode, useEffect, useState } from 'react';
import { Badge } from '../../components/ui/badge';
import { useClock } from '../../lib/clock';
import { formatDuration } from '../../lib/format';

/** Re-renders every second, for the running timers. */
function useNow(): number {
  const clock = useClock();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => clock.setTimeout(() => setNow(clock.now()), 1000), [clock, now]);
  return now;
}

/**
 * Ringing and ongoing calls with how long they have rung or lasted; `actions` renders each call's live actions
 * (transfer, insight card), which other features provide.
 */
export function LiveCallList({ calls, actions }: { calls: CallRow[]; actions: (call: CallRow) => ReactNode }) {
  const now = useNow();
  return (
    <ul aria-label="Live calls" className="flex flex-col gap-2">
      {calls.map((call) => {
        const ringing = call.status === 'initial';
        const since = ringing ? call.startedAt : (call.answeredAt ?? call.startedAt);
        const Icon = call.direction === 'inbound' ? PhoneIncoming : PhoneOutgoing;
        const caller = call.contact?.name ?? call.rawDigits ?? 'Unknown number';
        return (
          <li
            key={call.id}
            aria-label={`${ringing ? 'Ringing' : 'Ongoing'} call with ${caller}`}
            className="flex flex-wrap items-center gap-3 rounded-xl border border-border p-3"
          >
            <Icon className="size-5 shrink-0 text-muted-foreground" aria-hidden />
            <div className="min-w-0 flex-1">
              <Link to="/calls/$callId" params={{ callId: call.id }} className="font-medium hover:underline">
                {caller}
              </Link>
              <p className="truncate text-sm text-muted-foreground">
                {call.number ? `${call.number.name} · ` : ''}
                {call.agent?.name ?? (ringing ? 'Not picked up yet' : 'No agent')}
              </p>
            </div>
            <Badge tone={ringing ? 'info' : 'success'}>{ringing ? 'Ringing' : 'In call'}</Badge>
            <span className="w-16 text-right text-sm tabular-nums">
              <span className="sr-only">Duration </span>
              {formatDuration(Math.max(0, Math.floor(now / 1000) - since))}
            </span>
            <div className="flex gap-2">{actions(call)}</div>
          </li>
        );
      })}
    </ul>
  );
}
