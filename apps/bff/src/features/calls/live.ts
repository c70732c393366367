import type { Call, CallTransfer, InsightCard, RequestOptions } from '@switchboard/aircall';
import { type CallTransferBody, type InsightCardBody, limits } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { recordingEvents } from '../../mirror/call-view';
import { upstreamOptions } from '../../mirror/write-through';
import { maskPhone } from '../../privacy';
import type { CallMirror } from './mirror';

type LiveEndpoint = 'calls.transfer' | 'calls.insightCard' | 'calls.pauseRecording' | 'calls.resumeRecording';

const breaksRule = (field: string, rule: string) =>
  new HttpError(422, 'unprocessable', `${rule[0]?.toUpperCase()}${rule.slice(1)}.`, { fields: [{ field, rule }] });

function toAircallTransfer(body: CallTransferBody): CallTransfer {
  switch (body.target) {
    case 'user':
      return { user_id: body.userId };
    case 'team':
      return { team_id: body.teamId, dispatching_strategy: body.dispatchingStrategy };
    case 'number':
      return { number: body.number };
  }
}

function transferAudit(callId: number, body: CallTransferBody) {
  const target =
    body.target === 'user'
      ? { userId: body.userId }
      : body.target === 'team'
        ? { teamId: body.teamId, dispatchingStrategy: body.dispatchingStrategy }
        : { number: maskPhone(body.number) };
  return { callId, target: body.target, ...target };
}

function toAircallCard(body: InsightCardBody): InsightCard {
  return {
    contents: body.lines.map((line) =>
      line.type === 'user' ? { type: 'user', label: line.label, user_id: line.userId } : line,
    ),
  };
}

/** Actions on ringing or ongoing calls, in the budget's live lane, checked against Aircall's rules first. */
export function liveCallHandlers(context: AppContext, mirror: CallMirror): Pick<HandlerMap, LiveEndpoint> {
  const { aircall, store, clock } = context;

  /** The call as the mirror has it (or Aircall, when its webhook is late), refused once it is over. */
  async function liveCall(callId: number, options: RequestOptions): Promise<Call> {
    const call =
      (await store.calls.get(callId)) ??
      (await mirror.save(await aircall.calls.get(callId, { fetch_contact: true }, options)));
    if (call.status === 'done') throw new HttpError(409, 'conflict', `Call ${callId} has already ended.`);
    return call;
  }

  async function teamSize(teamId: number, options: RequestOptions): Promise<number> {
    const mirrored = await store.teams.get(teamId);
    return mirrored ? mirrored.memberIds.length : (await aircall.teams.get(teamId, options)).users.length;
  }

  /** Aircall's transfer rules (reference: Transfer a Call) that the request body alone cannot show. */
  async function assertTransferable(call: Call, body: CallTransferBody, options: RequestOptions): Promise<void> {
    const ringing = call.status === 'initial';
    if (body.target === 'number' && !(ringing && call.direction === 'inbound')) {
      throw breaksRule('body.number', 'only unanswered inbound calls can be transferred to an external number');
    }
    if (
      body.target === 'team' &&
      ringing &&
      (await teamSize(body.teamId, options)) > limits.teamSizeForRingingTransfer
    ) {
      throw breaksRule(
        'body.teamId',
        `a ringing call can only be transferred to a team of at most ${limits.teamSizeForRingingTransfer} users`,
      );
    }
  }

  async function setRecording(callId: number, paused: boolean, options: RequestOptions): Promise<undefined> {
    const call = await liveCall(callId, options);
    if (call.number?.live_recording_activated === false) {
      throw new HttpError(409, 'conflict', 'Recording is disabled on this call’s number.');
    }
    await (paused ? aircall.calls.pauseRecording(callId, options) : aircall.calls.resumeRecording(callId, options));
    // Aircall's call object does not say whether recording is paused: remember what we did.
    await store.callEvents.record({
      callId,
      event: paused ? recordingEvents.paused : recordingEvents.resumed,
      at: Math.floor(clock.now() / 1000),
    });
    return undefined;
  }

  return {
    'calls.transfer': async ({ params, body, audit, signal }) => {
      audit.details = transferAudit(params.callId, body);
      const options = upstreamOptions('calls.transfer', signal);
      await assertTransferable(await liveCall(params.callId, options), body, options);
      await aircall.calls.transfer(params.callId, toAircallTransfer(body), options);
      return undefined;
    },

    'calls.insightCard': async ({ params, body, audit, signal }) => {
      audit.details = { callId: params.callId, lines: body.lines.length };
      const options = upstreamOptions('calls.insightCard', signal);
      await liveCall(params.callId, options);
      await aircall.calls.sendInsightCard(params.callId, toAircallCard(body), options);
      return undefined;
    },

    'calls.pauseRecording': async ({ params, audit, signal }) => {
      audit.details = { callId: params.callId };
      return setRecording(params.callId, true, upstreamOptions('calls.pauseRecording', signal));
    },

    'calls.resumeRecording': async ({ params, audit, signal }) => {
      audit.details = { callId: params.callId };
      return setRecording(params.callId, false, upstreamOptions('calls.resumeRecording', signal));
    },
  };
}
