import type { CallDetail, CallTimelineEvent } from '@switchboard/contracts';
import type { ReactNode } from 'react';
import { formatDuration, formatTimestamp, toIsoString } from '../../../lib/format';
import { CallStatusBadge, missedReasonLabel } from '../call-status';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-3 py-2">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function Timestamp({ value }: { value: number | null }) {
  return value === null ? '—' : <time dateTime={toIsoString(value)}>{formatTimestamp(value)}</time>;
}

/** The call's facts. Talk time is ended − answered; Aircall's duration counts the ringing too (see the reference). */
export function CallFacts({ call }: { call: CallDetail }) {
  const reason = missedReasonLabel(call.missedCallReason);
  return (
    <dl className="divide-y divide-border text-sm">
      <Fact label="Status">
        <CallStatusBadge call={call} />
      </Fact>
      {reason && <Fact label="Missed because">{reason}</Fact>}
      <Fact label="Direction">{call.direction === 'inbound' ? 'Inbound' : 'Outbound'}</Fact>
      <Fact label={call.direction === 'inbound' ? 'Caller' : 'Called'}>{call.rawDigits ?? 'Unknown number'}</Fact>
      <Fact label="Line">{call.number ? `${call.number.name} (${call.number.digits})` : '—'}</Fact>
      <Fact label="Agent">{call.agent?.name ?? '—'}</Fact>
      <Fact label="Teams">{call.teams.length > 0 ? call.teams.map((team) => team.name).join(', ') : '—'}</Fact>
      {call.transferredTo && <Fact label="Transferred to">{call.transferredTo.name}</Fact>}
      <Fact label="Started">
        <Timestamp value={call.startedAt} />
      </Fact>
      <Fact label="Answered">
        <Timestamp value={call.answeredAt} />
      </Fact>
      <Fact label="Ended">
        <Timestamp value={call.endedAt} />
      </Fact>
      <Fact label="Total duration">{formatDuration(call.duration)}</Fact>
      <Fact label="Talk time">{call.talkTime === null ? '—' : formatDuration(call.talkTime)}</Fact>
      <Fact label="Archived">{call.archived ? 'Yes' : 'No'}</Fact>
    </dl>
  );
}

const eventLabels: Record<CallTimelineEvent['type'], string> = {
  created: 'Call started',
  ringing_on_agent: 'Rang',
  agent_declined: 'Declined',
  answered: 'Answered',
  transferred: 'Transferred',
  unsuccessful_transfer: 'Transfer failed',
  hold: 'Put on hold',
  unhold: 'Taken off hold',
  hungup: 'Hung up',
  ended: 'Call ended',
  voicemail_left: 'Voicemail left',
  assigned: 'Assigned',
  commented: 'Commented',
  tagged: 'Tagged',
  untagged: 'Untagged',
  archived: 'Archived',
  ivr_option_selected: 'IVR option chosen',
  comm_assets_generated: 'Recording ready',
};

/**
 * What happened to the call, in order, from Aircall's webhook events: each with the time since the call started,
 * under the caller's wait (start to answer) and the time in the call (answer to end, or to now while it goes on).
 */
export function CallTimeline({
  call,
}: {
  call: Pick<CallDetail, 'timeline' | 'startedAt' | 'answeredAt' | 'endedAt' | 'live'>;
}) {
  const { timeline: events } = call;
  if (events.length === 0) return <p className="text-sm text-muted-foreground">No events recorded yet.</p>;
  const wait =
    (call.answeredAt ?? call.endedAt) === null ? null : (call.answeredAt ?? call.endedAt ?? 0) - call.startedAt;
  const inCall = call.answeredAt === null || call.endedAt === null ? null : call.endedAt - call.answeredAt;
  return (
    <div className="flex flex-col gap-3 text-sm">
      <dl className="flex flex-wrap gap-x-6 gap-y-1" aria-label="Call times">
        <div className="flex gap-2">
          <dt className="text-muted-foreground">{call.answeredAt === null ? 'Rang for' : 'Wait'}</dt>
          <dd className="tabular-nums">{wait === null ? '—' : formatDuration(wait)}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-muted-foreground">In call</dt>
          <dd className="tabular-nums">
            {inCall === null ? (call.answeredAt !== null && call.live ? 'Going on' : '—') : formatDuration(inCall)}
          </dd>
        </div>
      </dl>
      <ol aria-label="Timeline" className="relative flex flex-col gap-3 border-l border-border pl-4">
        {events.map((event, index) => (
          <li key={`${event.type}-${event.at}-${index}`} className="relative">
            <span aria-hidden className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-primary" />
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="w-14 shrink-0 text-xs text-muted-foreground tabular-nums">
                <span className="sr-only">At </span>+{formatDuration(Math.max(0, event.at - call.startedAt))}
              </span>
              <span className="font-medium">{eventLabels[event.type]}</span>
              {event.user && <span>{event.user.name}</span>}
              {event.detail && <span className="text-muted-foreground">{event.detail}</span>}
              <time className="ml-auto text-xs text-muted-foreground tabular-nums" dateTime={toIsoString(event.at)}>
                {formatTimestamp(event.at)}
              </time>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
