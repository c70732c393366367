import type { Call } from '@switchboard/aircall';
import {
  type MissedCallReason,
  missedCallReasons,
  type OutcomesResponse,
  type TalkTimeResponse,
  type VolumeResponse,
} from '@switchboard/contracts';
import { type CallType, deriveCallType } from '../../store';
import type { ZonedCalendar } from './calendar';

/**
 * Figures computed in one pass over the calls of a range, oldest first. Each `…Figures` takes calls one by one
 * (`add`) and answers the contract's shape (`result`), so a range of any size is read page by page.
 */
export interface Figures<Result> {
  add(call: Call): void;
  result(): Result;
}

const isUnanswered = (type: CallType | null) => type === 'missed' || type === 'voicemail' || type === 'abandoned';

/** Seconds from answer to end, once an answered call is over (the reference's talking time). */
export function talkTimeOf(call: Call): number | null {
  if (call.status !== 'done' || call.answered_at === null || call.ended_at === null) return null;
  return Math.max(0, call.ended_at - call.answered_at);
}

/**
 * How long an inbound caller waited: until answered, or until the call ended unanswered (hung up, sent to
 * voicemail, no agent). Null for outbound calls and calls still going on.
 */
function waitTimeOf(call: Call): number | null {
  if (call.direction !== 'inbound') return null;
  if (call.answered_at !== null) return Math.max(0, call.answered_at - call.started_at);
  return call.ended_at === null ? null : Math.max(0, call.ended_at - call.started_at);
}

/** One entry per day of the range, zeros included, so a chart's axis has no holes. */
function perDay<Row>(days: string[], empty: () => Row) {
  const rows = new Map(days.map((date) => [date, empty()]));
  return {
    at: (date: string) => rows.get(date),
    list: () => [...rows].map(([date, row]) => ({ date, ...row })),
  };
}

export function volumeFigures(calendar: ZonedCalendar, days: string[]): Figures<VolumeResponse> {
  const byDay = perDay(days, () => ({ inbound: 0, outbound: 0 }));
  const byHour = Array.from({ length: 24 }, (_, hour) => ({ hour, inbound: 0, outbound: 0 }));
  return {
    add(call) {
      const day = byDay.at(calendar.dateOf(call.started_at));
      if (day) day[call.direction]++;
      const hour = byHour[calendar.hourOf(call.started_at)];
      if (hour) hour[call.direction]++;
    },
    result: () => ({ byDay: byDay.list(), byHour }),
  };
}

/** Inbound calls by outcome, as the calls list's `type` filter counts them; `byDay.missed` is every unanswered one. */
export function outcomeFigures(calendar: ZonedCalendar, days: string[]): Figures<OutcomesResponse> {
  const counts: Record<CallType, number> = { answered: 0, missed: 0, voicemail: 0, abandoned: 0 };
  const reasons = new Map<MissedCallReason, number>();
  const byDay = perDay(days, () => ({ answered: 0, missed: 0 }));
  const knownReasons: ReadonlySet<string> = new Set(missedCallReasons);
  return {
    add(call) {
      const type = deriveCallType(call);
      if (call.direction !== 'inbound' || type === null) return;
      counts[type]++;
      const day = byDay.at(calendar.dateOf(call.started_at));
      if (day) day[type === 'answered' ? 'answered' : 'missed']++;
      const reason = call.missed_call_reason;
      if (isUnanswered(type) && reason && knownReasons.has(reason)) {
        const known = reason as MissedCallReason;
        reasons.set(known, (reasons.get(known) ?? 0) + 1);
      }
    },
    result: () => ({
      total: counts.answered + counts.missed + counts.voicemail + counts.abandoned,
      ...counts,
      missedReasons: [...reasons]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      byDay: byDay.list(),
    }),
  };
}

export function talkTimeFigures(calendar: ZonedCalendar, days: string[]): Figures<TalkTimeResponse> {
  const byDay = perDay(days, () => ({ total: 0, calls: 0 }));
  let total = 0;
  let calls = 0;
  let longest = 0;
  return {
    add(call) {
      const talked = talkTimeOf(call);
      if (talked === null) return;
      total += talked;
      calls++;
      longest = Math.max(longest, talked);
      const day = byDay.at(calendar.dateOf(call.started_at));
      if (day) {
        day.total += talked;
        day.calls++;
      }
    },
    result: () => ({ total, average: calls === 0 ? 0 : Math.round(total / calls), longest, byDay: byDay.list() }),
  };
}

/** An agent's or a team's figures over the range. */
export interface Performance {
  inbound: number;
  outbound: number;
  answered: number;
  missed: number;
  talkTime: number;
  averageTalkTime: number;
  averageWaitTime: number;
}

function performanceTally() {
  const tally = { inbound: 0, outbound: 0, answered: 0, missed: 0, talkTime: 0, waited: 0, waits: 0 };
  return {
    add(call: Call) {
      const type = deriveCallType(call);
      tally[call.direction]++;
      if (type === 'answered') tally.answered++;
      // An outbound call nobody picked up is not one the agent or team missed.
      if (call.direction === 'inbound' && isUnanswered(type)) tally.missed++;
      tally.talkTime += talkTimeOf(call) ?? 0;
      const waited = waitTimeOf(call);
      if (waited !== null) {
        tally.waited += waited;
        tally.waits++;
      }
    },
    result(): Performance {
      const { inbound, outbound, answered, missed, talkTime, waited, waits } = tally;
      return {
        inbound,
        outbound,
        answered,
        missed,
        talkTime,
        averageTalkTime: answered === 0 ? 0 : Math.round(talkTime / answered),
        averageWaitTime: waits === 0 ? 0 : Math.round(waited / waits),
      };
    },
  };
}

/**
 * Figures per agent or per team: `keysOf` says whom a call counts for (its agent, or every team it was routed to).
 * Rows come busiest first, then by name.
 */
export function performanceFigures(
  keysOf: (call: Call) => { id: number; name: string | undefined }[],
): Figures<{ ref: { id: number; name: string }; performance: Performance }[]> {
  const rows = new Map<number, { name: string | undefined; tally: ReturnType<typeof performanceTally> }>();
  return {
    add(call) {
      for (const key of keysOf(call)) {
        const row = rows.get(key.id) ?? { name: key.name, tally: performanceTally() };
        row.name ??= key.name;
        row.tally.add(call);
        rows.set(key.id, row);
      }
    },
    result: () =>
      [...rows]
        .map(([id, row]) => ({ ref: { id, name: row.name ?? `#${id}` }, performance: row.tally.result() }))
        .sort(
          (a, b) =>
            b.performance.inbound + b.performance.outbound - (a.performance.inbound + a.performance.outbound) ||
            a.ref.name.localeCompare(b.ref.name),
        ),
  };
}
