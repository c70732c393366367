import type { Call } from '@switchboard/aircall';
import { callMediaResponseSchema, callResponseSchema, errorEnvelopeSchema } from '@switchboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyContext, applyWebhookEvent } from '../../../src/live/apply-event';
import { agentsByRole, type CallsTestApp, callsTestApp, changing } from './support';

let app: CallsTestApp;
let agents: Awaited<ReturnType<typeof agentsByRole>>;
beforeAll(async () => {
  app = await callsTestApp();
  agents = await agentsByRole(app);
});

const doneCall = (keep: (call: Call) => boolean = () => true) => {
  const call = app.calls.find((candidate) => candidate.status === 'done' && keep(candidate));
  if (!call) throw new Error('no such call in the seed');
  return call;
};
const errorOf = (body: unknown) => errorEnvelopeSchema.parse(body).error;

describe('GET /api/calls/:callId', () => {
  it('answers the mirrored call with its timeline, comments, tags and contact', async () => {
    const call = doneCall((c) => c.answered_at !== null && c.comments.length > 0 && c.contact !== null);
    const { call: detail } = callResponseSchema.parse(
      (await agents.agent.get(`/api/calls/${call.id}`).expect(200)).body,
    );
    expect(detail).toMatchObject({
      id: call.id,
      live: false,
      commentCount: call.comments.length,
      contact: { id: call.contact?.id },
    });
    expect(detail.comments.map((comment) => comment.content)).toEqual(call.comments.map((comment) => comment.content));
    const types = detail.timeline.map((event) => event.type);
    expect(types.slice(0, 2)).toEqual(['created', 'answered']);
    expect(types).toContain('ended');
    expect(types).toContain('commented');
  });

  it('answers 404 for a call the mirror does not hold', async () => {
    expect(errorOf((await agents.agent.get('/api/calls/123456789').expect(404)).body).code).toBe('not_found');
  });
});

describe('POST /api/calls/:callId/comments', () => {
  it('comments through Aircall in one request and answers the call as Aircall now has it', async () => {
    const call = doneCall((c) => c.comments.length === 0);
    let res: Awaited<ReturnType<ReturnType<typeof changing>['send']>> | undefined;
    const cost = await app.upstreamCost(async () => {
      res = await changing(agents.agent.post(`/api/calls/${call.id}/comments`)).send({ content: 'Call back' });
    });
    expect(cost).toEqual([`POST /v1/calls/${call.id}/comments`]);
    expect(res?.status).toBe(201);
    const { call: detail } = callResponseSchema.parse(res?.body);
    expect(detail.comments.map((comment) => comment.content)).toEqual(['Call back']);
    // Aircall answers without the comment: its id comes with the call.commented webhook.
    expect(detail.comments[0]).toMatchObject({ id: null, postedVia: { email: expect.stringContaining('agent') } });
    expect((await app.store.calls.get(call.id))?.comments).toHaveLength(1);

    const commented = await app.aircall.calls.get(call.id, { fetch_contact: true });
    const delivery = { resource: 'call', event: 'call.commented', timestamp: Math.floor(app.clock.now() / 1000) };
    await applyWebhookEvent(applyContext(app.store), { ...delivery, data: commented as Record<string, unknown> });
    const after = callResponseSchema.parse((await agents.agent.get(`/api/calls/${call.id}`).expect(200)).body).call;
    expect(after.comments).toEqual([expect.objectContaining({ id: commented.comments[0]?.id, content: 'Call back' })]);
  });

  it('refuses a sixth comment from the mirror alone (409), and emojis (400)', async () => {
    const call = doneCall((c) => c.comments.length === 0);
    const full = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, content: `n${i}`, posted_at: 1, posted_by: null }));
    await app.store.calls.upsert({ ...call, comments: full }, app.clock.now());
    app.failNext({ route: '/v1/*', errorStatus: 500 }); // would turn a request into a 502
    const res = await changing(agents.agent.post(`/api/calls/${call.id}/comments`)).send({ content: 'one more' });
    expect(res.status).toBe(409);
    app.simulator.faults.clear();
    const emoji = await changing(agents.agent.post(`/api/calls/${call.id}/comments`)).send({ content: 'ok 👍' });
    expect(emoji.status).toBe(400);
    expect(errorOf(emoji.body).message).toContain('body.content');
  });

  it('maps Aircall being down to 502', async () => {
    app.failNext({ route: '/v1/calls/*', errorStatus: 503 });
    const call = app.calls.findLast((c) => c.status === 'done' && c.comments.length < 5);
    const res = await changing(agents.agent.post(`/api/calls/${call?.id}/comments`)).send({ content: 'x' });
    expect(res.status).toBe(502);
  });
});

describe('tags and archive', () => {
  it('tags a call in one request: the answer and the mirror show the tag with its colour', async () => {
    const [tag] = await app.store.tags.list();
    const call = doneCall((c) => c.tags.every((t) => t.id !== tag?.id));
    let res: Awaited<ReturnType<ReturnType<typeof changing>['send']>> = undefined as never;
    const cost = await app.upstreamCost(async () => {
      res = await changing(agents.agent.post(`/api/calls/${call.id}/tags`)).send({ tagIds: [tag?.id] });
    });
    expect(cost).toEqual([`POST /v1/calls/${call.id}/tags`]);
    expect(res.status).toBe(200);
    expect(callResponseSchema.parse(res.body).call.tags).toContainEqual(
      expect.objectContaining({ id: tag?.id, name: tag?.name, color: tag?.color }),
    );
    expect((await app.store.calls.get(call.id))?.tags.map((t) => t.id)).toContain(tag?.id);
  });

  it('refuses unknown tags before asking Aircall (422) and malformed lists (400)', async () => {
    const res = await changing(agents.agent.post(`/api/calls/${doneCall().id}/tags`)).send({ tagIds: [999_999] });
    expect(res.status).toBe(422);
    expect(errorOf(res.body).details).toEqual({ fields: [expect.objectContaining({ field: 'body.tagIds' })] });
    await changing(agents.agent.post(`/api/calls/${doneCall().id}/tags`))
      .send({ tagIds: [] })
      .expect(400);
  });

  it('explains that Aircall cannot untag (422)', async () => {
    const call = doneCall((c) => c.tags.length > 0);
    const res = await changing(agents.agent.delete(`/api/calls/${call.id}/tags/${call.tags[0]?.id}`)).expect(422);
    expect(errorOf(res.body).message).toContain('cannot remove a tag');
  });

  it('archives and unarchives, writing Aircall’s answer through to the mirror', async () => {
    const call = doneCall((c) => !c.archived);
    const archived = await changing(agents.supervisor.put(`/api/calls/${call.id}/archive`)).expect(200);
    expect(callResponseSchema.parse(archived.body).call.archived).toBe(true);
    expect((await app.store.calls.get(call.id))?.archived).toBe(true);
    await changing(agents.supervisor.put(`/api/calls/${call.id}/unarchive`)).expect(200);
    expect((await app.store.calls.get(call.id))?.archived).toBe(false);
    app.failNext({ route: '/v1/calls/*', rateLimitedFor: 30 });
    const limited = await changing(agents.supervisor.put(`/api/calls/${call.id}/archive`)).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('media', () => {
  it('fetches a fresh recording URL from Aircall; 404 when the call has none', async () => {
    const recorded = doneCall((c) => c.recording !== null);
    const res = await agents.agent.get(`/api/calls/${recorded.id}/media/recording`).expect(200);
    const media = callMediaResponseSchema.parse(res.body);
    expect(media.kind).toBe('recording');
    expect(media.expiresAt).toBe(Math.floor(app.clock.now() / 1000) + 600);
    expect((await app.simulator.fetch(media.url)).status).toBe(200);
    const silent = doneCall((c) => c.voicemail === null);
    await agents.agent.get(`/api/calls/${silent.id}/media/voicemail`).expect(404);
  });

  it('deletes a recording (admin only) and stops offering it; 404 when there is none', async () => {
    const recorded = doneCall((c) => c.recording !== null && c.voicemail === null);
    await changing(agents.supervisor.delete(`/api/calls/${recorded.id}/recording`)).expect(403);
    await changing(agents.admin.delete(`/api/calls/${recorded.id}/recording`)).expect(204);
    expect((await app.store.calls.get(recorded.id))?.recording).toBeNull();
    await changing(agents.admin.delete(`/api/calls/${recorded.id}/recording`)).expect(404);
    await changing(agents.admin.delete(`/api/calls/${recorded.id}/voicemail`)).expect(404);
  });
});

describe('live calls', () => {
  it('transfers a ringing call to a user; refuses an ended call (409)', async () => {
    const { call } = await app.ringingInbound();
    const [user] = await app.store.users.list();
    const target = user?.user.id ?? (await app.aircall.users.list()).users[0]?.id;
    await changing(agents.agent.post(`/api/calls/${call.id}/transfers`))
      .send({ target: 'user', userId: target })
      .expect(204);
    const { live } = await app.mirrorLive(call.id);
    expect(live?.transfer).toMatchObject({ to_user_ids: [target] });
    await app.control(`/calls/${call.id}/hangup`, {});
    await app.mirrorLive(call.id);
    await changing(agents.agent.post(`/api/calls/${call.id}/transfers`))
      .send({ target: 'user', userId: target })
      .expect(409);
  });

  it('checks Aircall’s transfer rules first: external numbers only for unanswered inbound calls', async () => {
    const { call } = await app.answeredInbound();
    const res = await changing(agents.agent.post(`/api/calls/${call.id}/transfers`)).send({
      target: 'number',
      number: '+14155550123',
    });
    expect(res.status).toBe(422);
    expect(errorOf(res.body).details).toEqual({ fields: [expect.objectContaining({ field: 'body.number' })] });
    const strategy = await changing(agents.agent.post(`/api/calls/${call.id}/transfers`)).send({
      target: 'user',
      userId: 1,
      dispatchingStrategy: 'random',
    });
    expect(strategy.status).toBe(400);
    const audit = await app.store.audit.list({ action: 'calls.transfer' });
    expect(JSON.stringify(audit)).not.toContain('4155550123');
  });

  it('pushes an insight card to an ongoing call, and pauses then resumes its recording', async () => {
    const { call } = await app.answeredInbound({ recorded: true });
    const lines = [
      { type: 'title', text: 'VIP 🌟' },
      { type: 'shortText', label: 'Plan', text: 'Gold' },
    ];
    await changing(agents.agent.post(`/api/calls/${call.id}/insight-cards`))
      .send({ lines })
      .expect(204);
    expect((await app.mirrorLive(call.id)).live?.insight_cards).toHaveLength(1);

    await changing(agents.agent.post(`/api/calls/${call.id}/recording/pause`)).expect(204);
    const detail = async () => callResponseSchema.parse((await agents.agent.get(`/api/calls/${call.id}`)).body).call;
    expect(await detail()).toMatchObject({ live: true, recordingPaused: true });
    app.failNext({ route: '/v1/calls/*', errorStatus: 502 });
    await changing(agents.agent.post(`/api/calls/${call.id}/recording/resume`)).expect(502);
    app.clock.advance(1000);
    await changing(agents.agent.post(`/api/calls/${call.id}/recording/resume`)).expect(204);
    expect((await detail()).recordingPaused).toBe(false);
  });

  it('refuses insight cards on a finished call (409) without asking Aircall', async () => {
    const res = await changing(agents.agent.post(`/api/calls/${doneCall().id}/insight-cards`)).send({
      lines: [{ type: 'title', text: 'Late' }],
    });
    expect(res.status).toBe(409);
  });
});
