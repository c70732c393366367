import { badRequest, found, notAllowed, notFound } from '../http/errors';
import { randomPhone } from '../phones';
import { digitsOnly, isE164, MAX_TEAM_SIZE_FOR_RINGING_TRANSFER } from '../rules';
import type { CallRecord, MissedCallReason, UserRecord } from '../store/records';
import type { World } from '../world';
import type { InsightCardLine } from './insight-cards';

/** How long calls ring before "no one answers". */
export const RING_TIMEOUT_MS = 30_000;
/** Aircall needs ~30 s after hang-up to compute duration and assets (call.ended). */
export const END_PROCESSING_MS = 30_000;
/** Aircall's AI needs a few seconds after `call.ended` to transcribe and analyse a recorded call. */
export const INSIGHTS_DELAY_MS = 5_000;
/** Autopilot: how soon an available transfer target picks up. */
const TRANSFER_PICKUP_MS = 4_000;

export interface TransferTarget {
  userId?: number;
  teamId?: number;
  number?: string;
  dispatchingStrategy?: 'simultaneous' | 'random' | 'longest_idle';
}

/** What the engine tracks about a call until ~30 s after it hangs up. */
export interface LiveCall {
  callId: number;
  ringingUserIds: number[];
  onHold: boolean;
  transfer: { toUserIds: number[]; external: string | null; byUserId: number | null } | null;
  voicemailLeft: boolean;
  insightCards: InsightCardLine[][];
  /** Autopilot calls answer, talk and hang up on their own; others wait for the control API. */
  autopilot: boolean;
  timers: number[];
}

/**
 * The live call engine: inbound and outbound calls move through Aircall's lifecycle on the simulator's clock,
 * emitting the webhook events of the reference, and agents' availability follows them.
 */
export class CallEngine {
  private readonly live = new Map<number, LiveCall>();
  private readonly wrapUps = new Map<number, number>();
  private backgroundTimer: number | undefined;
  private backgroundRate = 0;

  constructor(private readonly world: World) {}

  /** Live state of a call still in progress (or within its ~30 s of post-processing). */
  liveCall(callId: number): LiveCall | undefined {
    return this.live.get(callId);
  }

  liveCalls(): LiveCall[] {
    return [...this.live.values()];
  }

  /** Forgets every live call and background schedule (the world's timers are cleared by the caller). */
  reset(): void {
    this.live.clear();
    this.wrapUps.clear();
    this.backgroundTimer = undefined;
    this.setBackgroundRate(this.backgroundRate);
  }

  placeInbound(options: { numberId?: number; from?: string; autopilot?: boolean } = {}): CallRecord {
    const { store, random } = this.world;
    const number =
      options.numberId === undefined ? random.pick([...store.numbers.values()]) : store.numbers.get(options.numberId);
    if (!number) throw notFound('Number');
    const contact = options.from
      ? this.contactByPhone(options.from)
      : random.chance(0.4)
        ? random.pick([...store.contacts.values()])
        : undefined;
    const rawDigits = options.from ?? contact?.phoneNumbers[0]?.value ?? randomPhone(random);
    const call = this.newCall('inbound', number.id, rawDigits, contact?.id ?? null, null);
    const live = this.track(call, options.autopilot ?? true);
    this.world.emitCall('call.created', call);
    if (!number.open) return this.finish(call, 'out_of_opening_hours');
    const agents = [...store.users.values()].filter(
      (u) => u.numberIds.includes(number.id) && this.world.isAvailable(u),
    );
    if (agents.length === 0) return this.finish(call, 'no_available_agent');
    const team = [...store.teams.values()].find((t) => agents.some((a) => t.userIds.includes(a.id)));
    call.teamIds = team ? [team.id] : [];
    live.ringingUserIds = agents.map((a) => a.id);
    this.world.emitCall('call.ringing_on_agent', call);
    this.schedule(live, RING_TIMEOUT_MS, () => {
      if (call.status === 'initial') this.finish(call, 'agents_did_not_answer');
    });
    if (live.autopilot) this.autopilotInbound(call, live);
    return call;
  }

  placeOutbound(options: { userId: number; numberId?: number; to?: string; autopilot?: boolean }): CallRecord {
    const user = found(this.world.store.users.get(options.userId), 'User');
    const numberId = options.numberId ?? user.numberIds[0];
    if (numberId === undefined || !this.world.store.numbers.has(numberId)) throw notFound('Number');
    const to = options.to ?? randomPhone(this.world.random);
    const call = this.newCall('outbound', numberId, to, this.contactByPhone(to)?.id ?? null, user.id);
    const live = this.track(call, options.autopilot ?? true);
    this.setActivity(user, 'in_call');
    this.world.emitCall('call.created', call);
    this.schedule(live, RING_TIMEOUT_MS, () => {
      if (call.status === 'initial') this.finish(call, null);
    });
    if (live.autopilot) {
      const { random } = this.world;
      if (random.chance(0.7)) this.schedule(live, random.int(3, 15) * 1000, () => this.answer(call.id));
    }
    return call;
  }

  /** Inbound: an agent picks up (any ringing agent by default). Outbound: the callee picks up. During a transfer,
   *  the target picking up completes it. */
  answer(callId: number, userId?: number): CallRecord {
    const { call, live } = this.ongoing(callId);
    if (live.transfer) return this.completeTransfer(call, live, userId ?? live.transfer.toUserIds[0] ?? null);
    if (call.status !== 'initial') throw badRequest('Call is already answered');
    if (call.direction === 'inbound') {
      const agentId = userId ?? live.ringingUserIds[0];
      const agent = agentId === undefined ? undefined : this.world.store.users.get(agentId);
      if (!agent) throw notFound('User');
      if (!live.ringingUserIds.includes(agent.id)) throw badRequest('The call is not ringing on this user');
      call.userId = agent.id;
      live.ringingUserIds = [];
      this.setActivity(agent, 'in_call');
    }
    call.status = 'answered';
    call.answeredAt = this.world.now();
    this.cancelTimers(live);
    this.world.emitCall('call.answered', call);
    if (live.autopilot) {
      this.schedule(live, this.world.random.int(20, 240) * 1000, () => {
        if (call.status !== 'done') this.hangUp(call.id);
      });
    }
    return call;
  }

  decline(callId: number, userId: number): CallRecord {
    const { call, live } = this.ongoing(callId);
    if (!live.ringingUserIds.includes(userId)) throw badRequest('The call is not ringing on this user');
    live.ringingUserIds = live.ringingUserIds.filter((id) => id !== userId);
    this.world.emitCall('call.agent_declined', call);
    if (live.ringingUserIds.length === 0 && call.status === 'initial') this.finish(call, 'agents_did_not_answer');
    return call;
  }

  setHold(callId: number, onHold: boolean): CallRecord {
    const { call, live } = this.ongoing(callId);
    if (call.status !== 'answered') throw badRequest('Only answered calls can be put on hold');
    if (live.onHold === onHold) throw badRequest(onHold ? 'Call is already on hold' : 'Call is not on hold');
    live.onHold = onHold;
    this.world.emitCall(onHold ? 'call.hold' : 'call.unhold', call);
    return call;
  }

  /** `POST /v1/calls/:id/transfers`, with the reference's rules in its order. */
  transfer(callId: number, target: TransferTarget): void {
    const call = found(this.world.store.call(callId), 'Call');
    const live = this.live.get(callId);
    if (call.status === 'done' || !live) throw badRequest('Call already ended.');
    if (target.dispatchingStrategy && (target.userId !== undefined || target.number !== undefined)) {
      throw badRequest('Invalid usage of dispatching strategy with user or external phone number.');
    }
    const { store } = this.world;
    let toUserIds: number[];
    let external: string | null = null;
    if (target.userId !== undefined) {
      if (!store.users.has(target.userId)) throw notFound('User');
      toUserIds = [target.userId];
    } else if (target.teamId !== undefined) {
      const team = found(store.teams.get(target.teamId), 'Team');
      if (call.status === 'initial' && team.userIds.length > MAX_TEAM_SIZE_FOR_RINGING_TRANSFER) {
        throw badRequest('Call cannot be transferred to a team with more than 25 users.');
      }
      toUserIds = team.userIds;
      if (target.dispatchingStrategy === 'random') toUserIds = this.world.random.sample(toUserIds, toUserIds.length);
    } else if (target.number !== undefined) {
      if (!isE164(target.number)) throw badRequest('number must be an E.164 phone number');
      if (call.direction !== 'inbound' || call.status !== 'initial') {
        throw badRequest(
          'Transfers to external phone numbers only work for inbound calls that have not been answered.',
        );
      }
      toUserIds = [];
      external = target.number;
    } else {
      throw badRequest('One of user_id, team_id or number is required');
    }
    this.cancelTimers(live);
    live.transfer = { toUserIds, external, byUserId: call.userId };
    const pickup = toUserIds.map((id) => store.users.get(id)).find((u) => u && this.world.isAvailable(u));
    if (live.autopilot && (pickup || external)) {
      this.schedule(live, TRANSFER_PICKUP_MS, () => this.completeTransfer(call, live, pickup?.id ?? null));
    }
    this.schedule(live, RING_TIMEOUT_MS, () => this.failTransfer(call, live));
  }

  hangUp(callId: number): CallRecord {
    const { call } = this.ongoing(callId);
    if (call.status === 'answered' || call.direction === 'outbound') return this.finish(call, null);
    const rangFor = this.world.now() - call.startedAt;
    const number = this.world.store.numbers.get(call.numberId);
    return this.finish(
      call,
      rangFor < 10_000 ? 'short_abandoned' : number?.isIvr ? 'abandoned_in_ivr' : 'abandoned_in_classic',
    );
  }

  /** The caller of an unanswered inbound call leaves a voicemail. */
  leaveVoicemail(callId: number): CallRecord {
    const { call, live } = this.ongoing(callId);
    if (call.direction !== 'inbound' || call.status !== 'initial') {
      throw badRequest('Voicemails are left on unanswered inbound calls only');
    }
    live.voicemailLeft = true;
    return this.finish(call, live.ringingUserIds.length ? 'agents_did_not_answer' : 'no_available_agent');
  }

  assign(callId: number, userId: number): CallRecord {
    const call = found(this.world.store.call(callId), 'Call');
    if (!this.world.store.users.has(userId)) throw notFound('User');
    call.assignedToId = userId;
    this.world.emitCall('call.assigned', call);
    return call;
  }

  /** An agent removes a tag from the call in their Phone (the API cannot untag). */
  untag(callId: number, tagId: number): CallRecord {
    const call = found(this.world.store.call(callId), 'Call');
    if (!call.tags.some((t) => t.tagId === tagId)) throw badRequest('The call does not have this tag');
    call.tags = call.tags.filter((t) => t.tagId !== tagId);
    this.world.emitCall('call.untagged', call);
    return call;
  }

  /** An agent opens or closes their Phone, or toggles do-not-disturb. */
  setPresence(userId: number, presence: UserRecord['presence']): UserRecord {
    const user = found(this.world.store.users.get(userId), 'User');
    const wasConnected = user.presence !== 'offline';
    user.presence = presence;
    const isConnected = presence !== 'offline';
    if (wasConnected !== isConnected) this.world.emitUser(isConnected ? 'user.connected' : 'user.disconnected', user);
    return user;
  }

  addInsightCard(callId: number, lines: InsightCardLine[]): void {
    const call = found(this.world.store.call(callId), 'Call');
    const live = this.live.get(callId);
    if (!live || call.status === 'done') throw badRequest('Insight cards can only be sent to ongoing calls');
    live.insightCards.push(lines);
  }

  /** `POST /v1/calls/:id/pause_recording` and `resume_recording`. */
  setRecordingPaused(callId: number, paused: boolean): void {
    const call = found(this.world.store.call(callId), 'Call');
    if (call.status === 'done') throw badRequest('Call has already ended.');
    const number = this.world.store.numbers.get(call.numberId);
    if (!number?.liveRecordingActivated) throw notAllowed("Recording is disabled on the Call's number.");
    call.recordingPaused = paused;
  }

  /** Calls arriving on their own, so a demo console always has something live. 0 stops them. */
  setBackgroundRate(callsPerMinute: number): void {
    this.backgroundRate = Math.max(0, callsPerMinute);
    this.world.timeline.cancel(this.backgroundTimer);
    this.backgroundTimer = undefined;
    if (this.backgroundRate > 0) this.scheduleBackgroundCall();
  }

  get callsPerMinute(): number {
    return this.backgroundRate;
  }

  private scheduleBackgroundCall(): void {
    const meanGap = 60_000 / this.backgroundRate;
    const gap = Math.round(meanGap * (0.5 + this.world.random.next()));
    this.backgroundTimer = this.world.timeline.after(gap, () => {
      const { store, random } = this.world;
      const agents = [...store.users.values()].filter((u) => this.world.isAvailable(u) && u.numberIds.length);
      if (random.chance(0.35) && agents.length) this.placeOutbound({ userId: random.pick(agents).id });
      else if (store.numbers.size) this.placeInbound();
      this.scheduleBackgroundCall();
    });
  }

  private autopilotInbound(call: CallRecord, live: LiveCall): void {
    const { random } = this.world;
    const outcome = random.next();
    if (outcome < 0.7) {
      this.schedule(live, random.int(3, 12) * 1000, () => {
        const agent = live.ringingUserIds.length ? random.pick(live.ringingUserIds) : undefined;
        if (agent !== undefined && call.status === 'initial') this.answer(call.id, agent);
      });
    } else if (outcome < 0.85) {
      this.schedule(live, random.int(12, 25) * 1000, () => {
        if (call.status === 'initial') this.leaveVoicemail(call.id);
      });
    }
  }

  private completeTransfer(call: CallRecord, live: LiveCall, userId: number | null): CallRecord {
    const transfer = live.transfer;
    if (!transfer) throw badRequest('Call is not being transferred');
    const { store } = this.world;
    live.transfer = null;
    this.cancelTimers(live);
    if (transfer.external) {
      // The call leaves Aircall: the event carries no transferred_to (reference, call.transferred).
      call.transferredById = transfer.byUserId;
      this.world.emit('call.transferred', (views) => {
        const { transferred_to: _omitted, ...data } = views.call(call, { fetchContact: true, forWebhook: true });
        return data;
      });
      return this.finish(call, null);
    }
    const target = userId === null ? undefined : store.users.get(userId);
    if (!target || !transfer.toUserIds.includes(target.id))
      throw badRequest('The transfer is not ringing on this user');
    const previous = call.userId === null ? undefined : store.users.get(call.userId);
    if (previous) this.startWrapUp(previous);
    call.transferredById = transfer.byUserId;
    call.transferredToId = target.id;
    call.userId = target.id;
    if (call.status === 'initial') {
      call.status = 'answered';
      call.answeredAt = this.world.now();
      live.ringingUserIds = [];
    }
    this.setActivity(target, 'in_call');
    this.world.emitCall('call.transferred', call);
    if (live.autopilot) {
      this.schedule(live, this.world.random.int(20, 180) * 1000, () => {
        if (call.status !== 'done') this.hangUp(call.id);
      });
    }
    return call;
  }

  /** Nobody took the transfer: the call goes back to the original agent (or, if none, is missed). */
  private failTransfer(call: CallRecord, live: LiveCall): void {
    if (!live.transfer || call.status === 'done') return;
    live.transfer = null;
    this.world.emitCall('call.unsuccessful_transfer', call);
    if (call.status === 'initial') this.finish(call, 'agents_did_not_answer');
    else if (live.autopilot) this.schedule(live, 30_000, () => call.status !== 'done' && this.hangUp(call.id));
  }

  /** Hang-up: call.hungup now (duration still null), call.ended with duration and assets ~30 s later. */
  private finish(call: CallRecord, missedCallReason: MissedCallReason | null): CallRecord {
    const live = this.live.get(call.id);
    if (live) {
      this.cancelTimers(live);
      live.ringingUserIds = [];
      live.transfer = null;
      live.onHold = false;
    }
    call.status = 'done';
    call.endedAt = this.world.now();
    call.missedCallReason = call.direction === 'inbound' && call.answeredAt === null ? missedCallReason : null;
    const agent = call.userId === null ? undefined : this.world.store.users.get(call.userId);
    if (agent?.activity === 'in_call') this.startWrapUp(agent);
    this.world.emitCall('call.hungup', call);
    this.world.timeline.after(END_PROCESSING_MS, () => this.processEnded(call));
    return call;
  }

  private processEnded(call: CallRecord): void {
    const live = this.live.get(call.id);
    this.live.delete(call.id);
    const number = this.world.store.numbers.get(call.numberId);
    call.duration = Math.round(((call.endedAt ?? call.startedAt) - call.startedAt) / 1000);
    call.hasRecording = call.answeredAt !== null && Boolean(number?.liveRecordingActivated);
    call.hasVoicemail = Boolean(live?.voicemailLeft);
    if (call.direction === 'outbound' && call.answeredAt !== null && call.endedAt !== null) {
      call.cost = (((call.endedAt - call.answeredAt) / 1000) * 0.039).toFixed(2);
    }
    this.world.emitCall('call.ended', call);
    if (call.hasVoicemail) this.world.emitCall('call.voicemail_left', call);
    if (call.hasRecording || call.hasVoicemail) this.world.emitCall('call.comm_assets_generated', call);
    if (call.hasRecording) this.world.timeline.after(INSIGHTS_DELAY_MS, () => this.world.emitInsights(call));
  }

  private startWrapUp(user: UserRecord): void {
    if (user.wrapUpTime <= 0) {
      this.setActivity(user, null);
      return;
    }
    this.setActivity(user, 'after_call_work');
    this.world.emitUser('user.wut_start', user);
    this.wrapUps.set(
      user.id,
      this.world.timeline.after(user.wrapUpTime * 1000, () => {
        this.wrapUps.delete(user.id);
        if (user.activity !== 'after_call_work') return;
        this.setActivity(user, null);
        this.world.emitUser('user.wut_end', user);
      }),
    );
  }

  private setActivity(user: UserRecord, activity: UserRecord['activity']): void {
    this.world.timeline.cancel(this.wrapUps.get(user.id));
    this.wrapUps.delete(user.id);
    user.activity = activity;
  }

  private ongoing(callId: number): { call: CallRecord; live: LiveCall } {
    const call = found(this.world.store.call(callId), 'Call');
    const live = this.live.get(callId);
    if (!live || call.status === 'done') throw badRequest('Call already ended.');
    return { call, live };
  }

  private newCall(
    direction: CallRecord['direction'],
    numberId: number,
    rawDigits: string,
    contactId: number | null,
    userId: number | null,
  ): CallRecord {
    const call: CallRecord = {
      id: this.world.store.nextId('call'),
      direction,
      status: 'initial',
      startedAt: this.world.now(),
      answeredAt: null,
      endedAt: null,
      duration: null,
      missedCallReason: null,
      rawDigits,
      numberId,
      userId,
      contactId,
      assignedToId: null,
      transferredById: null,
      transferredToId: null,
      teamIds: [],
      archived: false,
      cost: '0',
      comments: [],
      tags: [],
      participants: [],
      hasRecording: false,
      hasVoicemail: false,
      recordingPaused: false,
    };
    this.world.store.addCall(call);
    return call;
  }

  private track(call: CallRecord, autopilot: boolean): LiveCall {
    const live: LiveCall = {
      callId: call.id,
      ringingUserIds: [],
      onHold: false,
      transfer: null,
      voicemailLeft: false,
      insightCards: [],
      autopilot,
      timers: [],
    };
    this.live.set(call.id, live);
    return live;
  }

  private schedule(live: LiveCall, delayMs: number, run: () => void): void {
    live.timers.push(this.world.timeline.after(delayMs, run));
  }

  private cancelTimers(live: LiveCall): void {
    for (const id of live.timers) this.world.timeline.cancel(id);
    live.timers = [];
  }

  private contactByPhone(phone: string) {
    const wanted = digitsOnly(phone);
    for (const contact of this.world.store.contacts.values()) {
      if (contact.phoneNumbers.some((p) => digitsOnly(p.value) === wanted)) return contact;
    }
    return undefined;
  }
}
