import type { CallRow } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { X } from 'lucide-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { Button, buttonClass } from '../../components/ui/button';
import { formatDuration, formatTimestamp, toIsoString } from '../../lib/format';
import { CallStatusBadge, missedReasonLabel } from './call-status';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-3 py-2">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function Timestamp({ value }: { value: number | null }) {
  return value === null ? '—' : <time dateTime={toIsoString(value)}>{formatTimestamp(value)}</time>;
}

/** Talk time is ended − answered: Aircall's `duration` includes the ringing (see the reference's Call object). */
export function talkTime(call: Pick<CallRow, 'answeredAt' | 'endedAt'>): number | null {
  return call.answeredAt !== null && call.endedAt !== null ? Math.max(call.endedAt - call.answeredAt, 0) : null;
}

/**
 * What the list row knows about a call, laid out for reading, with the way to its full page; Escape or the close
 * button closes it.
 */
export function CallSummary({ call, onClose }: { call: CallRow; onClose: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  const talk = talkTime(call);
  const reason = missedReasonLabel(call.missedCallReason);
  return (
    <aside
      aria-labelledby="call-summary-title"
      className="flex w-full flex-col border-border bg-card max-lg:absolute max-lg:inset-y-0 max-lg:right-0 max-lg:z-20 max-lg:max-w-sm max-lg:shadow-xl lg:w-96 lg:shrink-0 border-l"
    >
      <div className="flex items-center gap-2 border-b border-border px-4 py-3">
        <h2
          id="call-summary-title"
          ref={headingRef}
          tabIndex={-1}
          className="min-w-0 flex-1 truncate font-semibold outline-none"
        >
          {call.rawDigits ?? 'Unknown number'}
        </h2>
        {/* Comments, tags, the recording and the timeline live on the call's own page. */}
        <Link to="/calls/$callId" params={{ callId: call.id }} className={buttonClass({ size: 'sm' })}>
          Open call
        </Link>
        <Button variant="ghost" size="icon" aria-label="Close call summary" onClick={onClose}>
          <X />
        </Button>
      </div>
      <dl className="divide-y divide-border overflow-auto px-4 text-sm">
        <Field label="Status">
          <CallStatusBadge call={call} />
        </Field>
        {reason && <Field label="Missed because">{reason}</Field>}
        <Field label="Direction">{call.direction === 'inbound' ? 'Inbound' : 'Outbound'}</Field>
        <Field label="Line">{call.number ? `${call.number.name} (${call.number.digits})` : '—'}</Field>
        <Field label="Agent">{call.agent?.name ?? '—'}</Field>
        <Field label="Started">
          <Timestamp value={call.startedAt} />
        </Field>
        <Field label="Answered">
          <Timestamp value={call.answeredAt} />
        </Field>
        <Field label="Ended">
          <Timestamp value={call.endedAt} />
        </Field>
        <Field label="Total duration">{formatDuration(call.duration)}</Field>
        <Field label="Talk time">{talk === null ? '—' : formatDuration(talk)}</Field>
        <Field label="Archived">{call.archived ? 'Yes' : 'No'}</Field>
      </dl>
    </aside>
  );
}
