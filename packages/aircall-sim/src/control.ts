import { Hono } from 'hono';
import { z } from 'zod';
import { byteRange, renderWav } from './audio';
import type { LiveCall } from './engine/call-engine';
import { buildInsights, type Utterance } from './engine/insights';
import { readBody } from './http/body';
import type { SimContext, SimEnv } from './http/env';
import { idParam } from './http/env';
import { ApiError, notFound } from './http/errors';
import type { CallRecord, UserRecord } from './store/records';
import type { World } from './world';

const id = z.number().int();
const sizesSchema = z
  .object({
    users: z.number().int().min(0),
    teams: z.number().int().min(0),
    numbers: z.number().int().min(0),
    tags: z.number().int().min(0),
    contacts: z.number().int().min(0),
    calls: z.number().int().min(0),
  })
  .partial();
const resetSchema = z.object({ seed: id.optional(), sizes: sizesSchema.optional() });
const advanceSchema = z.object({ ms: z.number().int().min(0) });
const placeCallSchema = z.object({
  direction: z.enum(['inbound', 'outbound']).default('inbound'),
  number_id: id.optional(),
  user_id: id.optional(),
  /** Inbound: the caller's number. Outbound: the number dialled. */
  phone_number: z.string().optional(),
  /** Default true: the call answers, talks and hangs up on its own. false: it waits for control actions. */
  autopilot: z.boolean().optional(),
});
const userSchema = z.object({ user_id: id });
const tagSchema = z.object({ tag_id: id });
const optionalUserSchema = z.object({ user_id: id.optional() });
const transferSchema = z.object({
  user_id: id.optional(),
  team_id: id.optional(),
  number: z.string().optional(),
  dispatching_strategy: z.enum(['simultaneous', 'random', 'longest_idle']).optional(),
});
const presenceSchema = z.object({ presence: z.enum(['available', 'offline', 'do_not_disturb']) });
const backgroundSchema = z.object({ calls_per_minute: z.number().min(0) });
const faultSchema = z.object({
  route: z.string().min(1),
  method: z.string().optional(),
  latencyMs: z.number().int().min(0).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  errorStatus: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(),
  rateLimitedFor: z.number().int().min(1).optional(),
  connectionReset: z.boolean().optional(),
  malformedJson: z.boolean().optional(),
  times: z.number().int().min(1).optional(),
});

const liveView = (live: LiveCall | undefined) =>
  live && {
    ringing_user_ids: live.ringingUserIds,
    on_hold: live.onHold,
    transfer: live.transfer && {
      to_user_ids: live.transfer.toUserIds,
      external: live.transfer.external,
      by_user_id: live.transfer.byUserId,
    },
    insight_cards: live.insightCards,
    autopilot: live.autopilot,
  };

/** Recordings (the call's talk time, its transcript's turns audible) and voicemails, the last few kept rendered. */
function mediaFiles(world: World) {
  const rendered = new Map<string, Buffer>();
  const VOICEMAIL: Utterance[] = [
    { participant_type: 'external', timestamp: 500, duration_ms: 6_500, text: 'voicemail', language: 'en' },
  ];
  return {
    get(kind: 'recording' | 'voicemail', callId: number): Buffer | null {
      const call = world.store.call(callId);
      if (!call || !(kind === 'recording' ? call.hasRecording : call.hasVoicemail)) return null;
      const key = `${world.seed}/${kind}/${callId}`;
      let wav = rendered.get(key);
      if (!wav) {
        wav =
          kind === 'voicemail'
            ? renderWav(7_500, VOICEMAIL)
            : renderRecording(call, call.userId === null ? undefined : world.store.users.get(call.userId), world.seed);
        // Players read a file in several range requests: keep the last few rendered.
        if (rendered.size >= 4) rendered.delete(rendered.keys().next().value as string);
        rendered.set(key, wav);
      }
      return wav;
    },
  };
}

function renderRecording(call: CallRecord, agent: UserRecord | undefined, seed: number): Buffer {
  const talkMs = (call.endedAt ?? call.startedAt) - (call.answeredAt ?? call.startedAt);
  const transcript = buildInsights(call, agent, seed).transcription.content as { utterances: Utterance[] };
  return renderWav(talkMs, transcript.utterances);
}

/**
 * The control API under /__sim/: what agents, callers and test harnesses do, which no Aircall client can. No auth,
 * no rate limit, no faults.
 */
export function controlRoutes(world: World) {
  const app = new Hono<SimEnv>();
  const media = mediaFiles(world);
  const callState = (c: SimContext, call: CallRecord) =>
    c.json({ call: c.var.views.call(call, { fetchContact: true }), live: liveView(world.engine.liveCall(call.id)) });
  const callId = (c: SimContext) => {
    const call = world.store.call(idParam(c));
    if (!call) throw notFound('Call');
    return call.id;
  };

  app.get('/state', (c) =>
    c.json({
      now: world.now(),
      seed: world.seed,
      sizes: world.sizes,
      counts: {
        users: world.store.users.size,
        teams: world.store.teams.size,
        numbers: world.store.numbers.size,
        tags: world.store.tags.size,
        contacts: world.store.contacts.size,
        calls: world.store.allCalls().length,
        webhooks: world.store.webhooks.size,
        live_calls: world.engine.liveCalls().length,
      },
      rate_limit: world.rateLimiter?.options ?? false,
      background_calls_per_minute: world.engine.callsPerMinute,
      faults: world.faults.list(),
    }),
  );

  app.post('/reset', async (c) => {
    const body = await readBody(c, resetSchema);
    world.reseed(body.seed, body.sizes);
    return c.json({ seed: world.seed, sizes: world.sizes, now: world.now() });
  });

  app.get('/clock', (c) => c.json({ now: world.now(), iso: new Date(world.now()).toISOString() }));
  app.post('/clock/advance', async (c) => {
    world.timeline.advance((await readBody(c, advanceSchema)).ms);
    return c.json({ now: world.now(), iso: new Date(world.now()).toISOString() });
  });

  app.put('/background', async (c) => {
    world.engine.setBackgroundRate((await readBody(c, backgroundSchema)).calls_per_minute);
    return c.json({ calls_per_minute: world.engine.callsPerMinute });
  });

  app.post('/calls', async (c) => {
    const body = await readBody(c, placeCallSchema);
    const call =
      body.direction === 'inbound'
        ? world.engine.placeInbound({ numberId: body.number_id, from: body.phone_number, autopilot: body.autopilot })
        : world.engine.placeOutbound({
            userId: body.user_id ?? [...world.store.users.keys()][0] ?? -1,
            numberId: body.number_id,
            to: body.phone_number,
            autopilot: body.autopilot,
          });
    c.status(201);
    return callState(c, call);
  });

  app.get('/calls/live', (c) =>
    c.json({
      calls: world.engine.liveCalls().flatMap((live) => {
        const call = world.store.call(live.callId);
        return call ? [{ call: c.var.views.call(call, { fetchContact: true }), live: liveView(live) }] : [];
      }),
    }),
  );

  app.get('/calls/:id{[0-9]+}', (c) => callState(c, world.store.call(callId(c)) as CallRecord));

  const action = (name: string, run: (c: SimContext, id: number) => Promise<CallRecord | undefined>) =>
    app.post(`/calls/:id{[0-9]+}/${name}`, async (c) => {
      const id = callId(c);
      const call = (await run(c, id)) ?? world.store.call(id);
      return callState(c, call as CallRecord);
    });
  action('answer', async (c, id) => world.engine.answer(id, (await readBody(c, optionalUserSchema)).user_id));
  action('decline', async (c, id) => world.engine.decline(id, (await readBody(c, userSchema)).user_id));
  action('hold', async (_, id) => world.engine.setHold(id, true));
  action('unhold', async (_, id) => world.engine.setHold(id, false));
  action('hangup', async (_, id) => world.engine.hangUp(id));
  action('voicemail', async (_, id) => world.engine.leaveVoicemail(id));
  action('untag', async (c, id) => world.engine.untag(id, (await readBody(c, tagSchema)).tag_id));
  action('assign', async (c, id) => world.engine.assign(id, (await readBody(c, userSchema)).user_id));
  action('transfer', async (c, id) => {
    const body = await readBody(c, transferSchema);
    world.engine.transfer(id, {
      userId: body.user_id,
      teamId: body.team_id,
      number: body.number,
      dispatchingStrategy: body.dispatching_strategy,
    });
    return undefined;
  });

  app.post('/users/:id{[0-9]+}/presence', async (c) => {
    const user = world.engine.setPresence(idParam(c), (await readBody(c, presenceSchema)).presence);
    return c.json({ user: c.var.views.userDetail(user) });
  });

  app.get('/faults', (c) => c.json({ faults: world.faults.list() }));
  app.post('/faults', async (c) => c.json({ fault: world.faults.add(await readBody(c, faultSchema)) }, 201));
  app.delete('/faults', (c) => {
    world.faults.clear();
    return c.body(null, 204);
  });
  app.delete('/faults/:faultId', (c) => {
    if (!world.faults.remove(c.req.param('faultId'))) throw notFound('Fault');
    return c.body(null, 204);
  });

  app.get('/webhooks/deliveries', (c) => c.json({ deliveries: world.webhooks.log }));
  app.get('/events', (c) => c.json({ events: world.events.recent }));

  // Expiring recording and voicemail links point here.
  app.get('/assets/:path{.+}', (c) => {
    const url = c.var.url;
    const verdict = world.assets.check(
      url.pathname,
      Number(url.searchParams.get('expires')),
      url.searchParams.get('signature') ?? '',
      world.now(),
    );
    if (verdict === 'invalid') throw new ApiError(403, 'Forbidden', 'Invalid signature');
    if (verdict === 'expired') throw new ApiError(403, 'Forbidden', 'This link has expired: fetch the call again');
    const [kind, id] = c.req
      .param('path')
      .replace(/^short\//, '')
      .split('/');
    const wav = media.get(kind === 'voicemail' ? 'voicemail' : 'recording', Number(id));
    if (!wav) throw notFound(kind === 'voicemail' ? 'Voicemail' : 'Recording');
    const headers = { 'Content-Type': 'audio/wav', 'Accept-Ranges': 'bytes', 'Cache-Control': 'private, max-age=600' };
    const range = byteRange(c.req.header('Range'), wav.length);
    if (range === 'unsatisfiable') {
      return c.body(null, 416, { ...headers, 'Content-Range': `bytes */${wav.length}` });
    }
    if (range === null) return c.body(new Uint8Array(wav), 200, headers);
    return c.body(new Uint8Array(wav.subarray(range.start, range.end + 1)), 206, {
      ...headers,
      'Content-Range': `bytes ${range.start}-${range.end}/${wav.length}`,
    });
  });

  return app;
}
