import type { MissedCallReason } from '@switchboard/contracts';

/** Aircall's missed-call reasons in plain words. */
export const missedReasonLabels: Record<MissedCallReason, string> = {
  out_of_opening_hours: 'Out of opening hours',
  short_abandoned: 'Hung up within seconds',
  abandoned_in_ivr: 'Hung up in the IVR',
  abandoned_in_classic: 'Hung up while ringing',
  no_available_agent: 'No agent available',
  agents_did_not_answer: 'Agents did not answer',
};
