import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

interface Delivery {
  url: string;
  body: { resource: string; event: string; timestamp: number; token: string; data: Record<string, unknown> };
}

/** A simulator whose webhook deliveries land in `deliveries`, with one webhook subscribed to every event. */
async function withWebhook(respond: (delivery: Delivery) => number = () => 200) {
  const deliveries: Delivery[] = [];
  const harness = setup({
    webhooks: {
      fetch: async (input, init) => {
        const delivery = { url: String(input), body: JSON.parse(String(init?.body)) };
        deliveries.push(delivery);
        return new Response(null, { status: respond(delivery) });
      },
    },
  });
  const webhook = (await harness.post('/v1/webhooks', { url: 'https://hooks.example/aircall' })).json.webhook;
  const events = async () => {
    await harness.sim.settleWebhooks();
    return deliveries.map((d) => d.body.event);
  };
  return { ...harness, deliveries, webhook, events };
}

describe('inbound call lifecycle', () => {
  it('rings, is answered, held, hung up, then ended ~30 s later with duration and recording', async () => {
    const { post, put, get, sim, events, deliveries } = await withWebhook();
    const placed = (await post('/__sim/calls', { direction: 'inbound', autopilot: false })).json;
    const agentId = placed.live.ringing_user_ids[0];
    // Wrap-up has its own test: here the agent is free as soon as the call ends.
    await put(`/v2/users/${agentId}`, { wrap_up_time: 0 });
    expect(placed.call).toMatchObject({ status: 'initial', direction: 'inbound', answered_at: null });
    sim.advance(5_000);
    await post(`/__sim/calls/${placed.call.id}/answer`, { user_id: agentId });
    expect((await get(`/v1/users/${agentId}/availability`)).json.availability).toBe('in_call');
    await post(`/__sim/calls/${placed.call.id}/hold`);
    await post(`/__sim/calls/${placed.call.id}/unhold`);
    sim.advance(60_000);
    const hungUp = (await post(`/__sim/calls/${placed.call.id}/hangup`)).json.call;
    expect(hungUp).toMatchObject({ status: 'done', duration: null, recording: null });
    sim.advance(30_000);
    const ended = (await get(`/v1/calls/${placed.call.id}`)).json.call;
    expect(ended.duration).toBe(65);
    expect(ended.answered_at - ended.started_at).toBe(5);
    expect(ended.user.id).toBe(agentId);
    expect(await events()).toEqual([
      'call.created',
      'call.ringing_on_agent',
      'call.answered',
      'call.hold',
      'call.unhold',
      'call.hungup',
      'call.ended',
      ...(ended.recording ? ['call.comm_assets_generated'] : []),
    ]);
    const endedEvent = deliveries.find((d) => d.body.event === 'call.ended');
    expect(endedEvent?.body.data).toMatchObject({ id: placed.call.id, duration: 65, status: 'done' });
  });

  it('puts the agent in after-call work for their wrap-up time, then available again', async () => {
    const { post, put, get, sim, events } = await withWebhook();
    const placed = (await post('/__sim/calls', { autopilot: false })).json;
    const agentId = placed.live.ringing_user_ids[0];
    await put(`/v2/users/${agentId}`, { wrap_up_time: 20 });
    await post(`/__sim/calls/${placed.call.id}/answer`, { user_id: agentId });
    await post(`/__sim/calls/${placed.call.id}/hangup`);
    expect((await get(`/v1/users/${agentId}/availability`)).json.availability).toBe('after_call_work');
    sim.advance(20_000);
    expect((await get(`/v1/users/${agentId}/availability`)).json.availability).toBe('available');
    expect(await events()).toEqual(expect.arrayContaining(['user.wut_start', 'user.wut_end']));
  });

  it('is missed with agents_did_not_answer when nobody picks up within 30 s', async () => {
    const { post, get, sim } = await withWebhook();
    const placed = (await post('/__sim/calls', { autopilot: false })).json;
    sim.advance(30_000);
    const call = (await get(`/v1/calls/${placed.call.id}`)).json.call;
    expect(call).toMatchObject({ status: 'done', answered_at: null, missed_call_reason: 'agents_did_not_answer' });
  });

  it('records declines, and misses the call when every ringing agent declined', async () => {
    const { post, events } = await withWebhook();
    const placed = (await post('/__sim/calls', { autopilot: false })).json;
    let call = placed.call;
    for (const userId of placed.live.ringing_user_ids) {
      call = (await post(`/__sim/calls/${placed.call.id}/decline`, { user_id: userId })).json.call;
    }
    expect(call.missed_call_reason).toBe('agents_did_not_answer');
    expect((await events()).filter((e) => e === 'call.agent_declined')).toHaveLength(
      placed.live.ringing_user_ids.length,
    );
  });

  it('takes a voicemail: call.voicemail_left and comm_assets_generated once processed', async () => {
    const { post, get, sim, events } = await withWebhook();
    const placed = (await post('/__sim/calls', { autopilot: false })).json;
    await post(`/__sim/calls/${placed.call.id}/voicemail`);
    sim.advance(30_000);
    const call = (await get(`/v1/calls/${placed.call.id}`)).json.call;
    expect(call.voicemail).toMatch(/\/__sim\/assets\/voicemail\//);
    expect(call.asset).toBe(`https://assets.aircall.io/voicemail/${call.id}`);
    expect(await events()).toEqual(expect.arrayContaining(['call.voicemail_left', 'call.comm_assets_generated']));
  });

  it('misses calls on a closed number (out_of_opening_hours) and with nobody available (no_available_agent)', async () => {
    const { post, put, get } = setup();
    const number = (await get('/v1/numbers')).json.numbers[0];
    await put(`/v1/numbers/${number.id}`, { availability_status: 'closed' });
    const closed = (await post('/__sim/calls', { number_id: number.id, autopilot: false })).json.call;
    expect(closed.missed_call_reason).toBe('out_of_opening_hours');
    const other = (await get(`/v1/numbers/${(await get('/v1/numbers')).json.numbers[1].id}`)).json.number;
    for (const user of other.users) await put(`/v2/users/${user.id}`, { availability_status: 'unavailable' });
    const nobody = (await post('/__sim/calls', { number_id: other.id, autopilot: false })).json.call;
    expect(nobody.missed_call_reason).toBe('no_available_agent');
  });

  it('is abandoned when the caller hangs up while it rings', async () => {
    const { post, sim } = setup();
    const quick = (await post('/__sim/calls', { autopilot: false })).json.call;
    expect((await post(`/__sim/calls/${quick.id}/hangup`)).json.call.missed_call_reason).toBe('short_abandoned');
    const slow = (await post('/__sim/calls', { autopilot: false })).json.call;
    sim.advance(15_000);
    const reason = (await post(`/__sim/calls/${slow.id}/hangup`)).json.call.missed_call_reason;
    expect(['abandoned_in_ivr', 'abandoned_in_classic']).toContain(reason);
  });
});

describe('transfers on live calls', () => {
  /** A call answered by its first ringing agent, and another user to transfer it to. */
  async function answeredCall() {
    const harness = await withWebhook();
    const placed = (await harness.post('/__sim/calls', { autopilot: false })).json;
    const first: number = placed.live.ringing_user_ids[0];
    await harness.post(`/__sim/calls/${placed.call.id}/answer`, { user_id: first });
    const users = (await harness.get('/v2/users?per_page=50')).json.users;
    const target: { id: number } = users.find((u: { id: number }) => u.id !== first);
    return { ...harness, placed, first, target };
  }

  it('transfers to a user who answers: call.transferred with transferred_by / transferred_to', async () => {
    const { post, events, deliveries, placed, first, target } = await answeredCall();
    expect((await post(`/v1/calls/${placed.call.id}/transfers`, { user_id: target.id })).status).toBe(204);
    const state = (await post(`/__sim/calls/${placed.call.id}/answer`, { user_id: target.id })).json.call;
    expect(state.user.id).toBe(target.id);
    expect(state.transferred_by.id).toBe(first);
    expect(state.transferred_to.id).toBe(target.id);
    expect(await events()).toContain('call.transferred');
    expect(deliveries.find((d) => d.body.event === 'call.transferred')?.body.data).toHaveProperty('transferred_to');
  });

  it('reports an unsuccessful transfer after 30 s and keeps the original agent', async () => {
    const { post, get, sim, events, placed, first, target } = await answeredCall();
    await post(`/v1/calls/${placed.call.id}/transfers`, { user_id: target.id });
    sim.advance(30_000);
    expect(await events()).toContain('call.unsuccessful_transfer');
    expect((await get(`/v1/calls/${placed.call.id}`)).json.call).toMatchObject({
      status: 'answered',
      user: { id: first },
    });
  });

  it('sends call.transferred without transferred_to for an external number, then the call leaves', async () => {
    const { post, sim, deliveries, events } = await withWebhook();
    const placed = (await post('/__sim/calls', { autopilot: true })).json;
    await post(`/v1/calls/${placed.call.id}/transfers`, { number: '+33612345678' });
    sim.advance(4_000);
    const sequence = await events();
    const transferred = deliveries.find((d) => d.body.event === 'call.transferred');
    expect(transferred?.body.data).not.toHaveProperty('transferred_to');
    expect(sequence.slice(sequence.indexOf('call.transferred'))).toEqual(['call.transferred', 'call.hungup']);
  });
});

describe('outbound calls and autopilot', () => {
  it('an outbound call is answered by the callee and hung up by the agent', async () => {
    const { post, get, sim } = setup();
    const userId = (await get('/v2/users')).json.users[0].id;
    const placed = (
      await post('/__sim/calls', {
        direction: 'outbound',
        user_id: userId,
        phone_number: '+18001231234',
        autopilot: false,
      })
    ).json;
    expect(placed.call).toMatchObject({ direction: 'outbound', status: 'initial', raw_digits: '+18001231234' });
    await post(`/__sim/calls/${placed.call.id}/answer`);
    sim.advance(42_000);
    await post(`/__sim/calls/${placed.call.id}/hangup`);
    sim.advance(30_000);
    const call = (await get(`/v1/calls/${placed.call.id}`)).json.call;
    expect(call).toMatchObject({ status: 'done', duration: 42, missed_call_reason: null });
    expect(Number(call.cost)).toBeGreaterThan(0);
  });

  it('autopilot calls finish on their own and background calls keep arriving', async () => {
    const { post, get, put, sim } = setup();
    await post('/__sim/calls', { direction: 'inbound' });
    await put('/__sim/background', { calls_per_minute: 6 });
    const before = (await get('/v1/calls?per_page=1')).json.meta.total;
    sim.advance(10 * 60_000);
    expect((await get('/v1/calls?per_page=1')).json.meta.total).toBeGreaterThan(before + 20);
    await put('/__sim/background', { calls_per_minute: 0 });
    sim.advance(10 * 60_000);
    expect((await get('/__sim/calls/live')).json.calls).toEqual([]);
  });
});

describe('agents and events from the API', () => {
  it('emits user, contact, number and call events for API changes', async () => {
    const { post, put, del, get, events } = await withWebhook();
    const user = (await post('/v2/users', { email: 'e@acme.example', first_name: 'E', last_name: 'F' })).json.user;
    await post(`/__sim/users/${user.id}/presence`, { presence: 'available' });
    await put(`/v2/users/${user.id}`, { availability_status: 'unavailable' });
    await del(`/v1/users/${user.id}`);
    const contact = (await post('/v1/contacts', { phone_numbers: [{ label: 'Work', value: '+19001112222' }] })).json
      .contact;
    await post(`/v1/contacts/${contact.id}`, { first_name: 'Gary' });
    await del(`/v1/contacts/${contact.id}`);
    const number = (await get('/v1/numbers')).json.numbers[0];
    await put(`/v1/numbers/${number.id}`, { availability_status: 'closed' });
    const call = (await get('/v1/calls?per_page=1')).json.calls[0];
    await post(`/v1/calls/${call.id}/comments`, { content: 'hi' });
    await post(`/__sim/calls/${call.id}/assign`, { user_id: (await get('/v2/users')).json.users[0].id });
    await put(`/v1/calls/${call.id}/archive`);
    const tagId = (await get('/v1/tags')).json.tags[0].id;
    await post(`/v1/calls/${call.id}/tags`, { tags: [tagId] });
    await post(`/__sim/calls/${call.id}/untag`, { tag_id: tagId });
    expect(await events()).toEqual([
      'user.created',
      'user.connected',
      'user.closed',
      'user.deleted',
      'contact.created',
      'contact.updated',
      'contact.deleted',
      'number.closed',
      'call.commented',
      'call.assigned',
      'call.archived',
      'call.tagged',
      'call.untagged',
    ]);
  });
});
