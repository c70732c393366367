import type { CallRow } from '@switchboard/contracts';
import { Badge, type BadgeTone } from '../../components/ui/badge';

interface CallOutcome {
  label: string;
  tone: BadgeTone;
}

/** Aircall's `status` only says where the call is in its life; agents think in outcomes, so we derive one. */
export function callOutcome(call: Pick<CallRow, 'status' | 'direction' | 'answeredAt'>): CallOutcome {
  if (call.status === 'initial') return { label: 'Ringing', tone: 'info' };
  if (call.status === 'answered') return { label: 'Live', tone: 'success' };
  if (call.answeredAt !== null) return { label: 'Answered', tone: 'neutral' };
  return call.direction === 'inbound'
    ? { label: 'Missed', tone: 'danger' }
    : { label: 'Not answered', tone: 'warning' };
}

const missedReasonLabels: Record<string, string> = {
  out_of_opening_hours: 'Outside opening hours',
  short_abandoned: 'Caller hung up quickly',
  abandoned_in_ivr: 'Abandoned in IVR',
  abandoned_in_classic: 'Abandoned while ringing',
  no_available_agent: 'No agent available',
  agents_did_not_answer: 'Agents did not answer',
};

export function missedReasonLabel(reason: string | null): string | null {
  return reason === null ? null : (missedReasonLabels[reason] ?? reason);
}

export function CallStatusBadge({
  call,
}: {
  call: Pick<CallRow, 'status' | 'direction' | 'answeredAt' | 'missedCallReason'>;
}) {
  const { label, tone } = callOutcome(call);
  const reason = missedReasonLabel(call.missedCallReason);
  return (
    <Badge tone={tone} title={reason ?? undefined}>
      {label}
    </Badge>
  );
}
