import { describe, expect, it } from 'vitest';
import { FULL_SIZE, setup } from './helpers';

const DAY = 86_400_000;

/** A simulator with one live inbound call ringing, placed through the control API without autopilot. */
async function withLiveCall(options: { numberId?: number } = {}) {
  const harness = setup();
  const placed = await harness.post('/__sim/calls', {
    direction: 'inbound',
    autopilot: false,
    number_id: options.numberId,
  });
  return { ...harness, call: placed.json.call, live: placed.json.live };
}

describe('listing rules', () => {
  it('refuses pages past the 10,000th item with the real troubleshoot text', async () => {
    const { get } = setup(FULL_SIZE);
    const lastReachable = await get('/v1/calls?per_page=50&page=200');
    expect(lastReachable.status).toBe(200);
    const past = await get('/v1/calls?per_page=50&page=201');
    expect(past.status).toBe(400);
    expect(past.json.troubleshoot).toBe(
      'Your query is limited to 10k results and pagination is out of bound, please use timestamps or other filters.',
    );
    expect((await get('/v1/contacts?per_page=1&page=10001')).status).toBe(400);
    // Moving `from` forward reaches the calls beyond the cap, as the reference advises.
    const from = lastReachable.json.calls.at(-1).started_at + 1;
    const beyond = await get(`/v1/calls?per_page=50&from=${from}`);
    expect(beyond.json.meta.total).toBe(10_000);
    expect(beyond.json.calls[0].id).toBeGreaterThan(lastReachable.json.calls.at(-1).id);
  });

  it('serves only the last 3 months of calls as time passes', async () => {
    const { get, sim } = setup(FULL_SIZE);
    const oldest = (await get('/v1/calls?per_page=1')).json.calls[0];
    sim.advance(10 * DAY);
    const after = await get('/v1/calls?per_page=1');
    expect(after.json.meta.total).toBeLessThan(20_000);
    expect(after.json.calls[0].started_at).toBeGreaterThanOrEqual((sim.now() - 90 * DAY) / 1000);
    expect((await get(`/v1/calls/${oldest.id}`)).status).toBe(404);
  });

  it('clamps per_page to at least 1 and treats nonsense as the default', async () => {
    const { get } = setup(FULL_SIZE);
    expect((await get('/v1/calls?per_page=0')).json.meta.per_page).toBe(20);
    expect((await get('/v1/calls?per_page=abc&page=-3')).json.meta).toMatchObject({ per_page: 20, current_page: 1 });
    expect((await get('/v1/calls?order=sideways')).status).toBe(400);
  });

  it('adds contact details only with fetch_contact=true', async () => {
    const { get } = setup(FULL_SIZE);
    const plain = (await get('/v1/calls?per_page=50')).json.calls;
    expect(plain.every((c: { contact: unknown }) => c.contact === null)).toBe(true);
    const withContacts = (await get('/v1/calls?per_page=50&fetch_contact=true')).json.calls;
    expect(withContacts.some((c: { contact: { id: number } | null }) => c.contact?.id)).toBe(true);
  });
});

describe('GET /v1/calls/search', () => {
  it('filters by direction, user_id and phone_number', async () => {
    const { get } = setup(FULL_SIZE);
    const inbound = (await get('/v1/calls/search?direction=inbound&per_page=50')).json;
    expect(inbound.meta.total).toBeGreaterThan(5_000);
    expect(inbound.calls.every((c: { direction: string }) => c.direction === 'inbound')).toBe(true);
    const userId = inbound.calls.find((c: { user: unknown }) => c.user).user.id;
    const byUser = (await get(`/v1/calls/search?user_id=${userId}&per_page=50`)).json.calls;
    expect(byUser.every((c: { user: { id: number } }) => c.user.id === userId)).toBe(true);
    const phone = inbound.calls[0].raw_digits;
    const byPhone = (await get(`/v1/calls/search?phone_number=${encodeURIComponent(phone)}`)).json.calls;
    expect(byPhone.length).toBeGreaterThan(0);
    expect(byPhone.every((c: { raw_digits: string }) => c.raw_digits === phone)).toBe(true);
    expect((await get('/v1/calls/search?direction=sideways')).status).toBe(400);
  });

  it('treats tags as AND, in any array syntax', async () => {
    const { get } = setup(FULL_SIZE);
    const [a, b] = (await get('/v1/tags')).json.tags.map((t: { id: number }) => t.id);
    const onlyA = (await get(`/v1/calls/search?tags[]=${a}`)).json.meta.total;
    const both = await get(`/v1/calls/search?tags[]=${a}&tags[]=${b}&per_page=50`);
    expect(both.json.meta.total).toBeGreaterThan(0);
    expect(both.json.meta.total).toBeLessThan(onlyA);
    for (const call of both.json.calls) {
      expect(call.tags.map((t: { id: number }) => t.id)).toEqual(expect.arrayContaining([a, b]));
    }
    expect((await get(`/v1/calls/search?tags=${a},${b}`)).json.meta.total).toBe(both.json.meta.total);
    expect((await get(`/v1/calls/search?tags=${a}&tags=${b}`)).json.meta.total).toBe(both.json.meta.total);
  });
});

describe('comments, tags, archive', () => {
  it('accepts 5 comments per call, strips emojis, posts without an owner', async () => {
    const { get, post } = setup();
    const call = (await get('/v1/calls/search?per_page=50')).json.calls.find(
      (c: { comments: unknown[] }) => !c.comments.length,
    );
    const first = await post(`/v1/calls/${call.id}/comments`, { content: 'Please call back 📞 this customer!' });
    expect(first.status).toBe(201);
    for (let i = 2; i <= 5; i++)
      expect((await post(`/v1/calls/${call.id}/comments`, { content: `note ${i}` })).status).toBe(201);
    const sixth = await post(`/v1/calls/${call.id}/comments`, { content: 'one too many' });
    expect(sixth.status).toBe(400);
    expect(sixth.json.troubleshoot).toBe('Maximum of 5 notes can be added to a Call.');
    const { comments } = (await get(`/v1/calls/${call.id}`)).json.call;
    expect(comments).toHaveLength(5);
    expect(comments[0]).toMatchObject({ content: 'Please call back this customer!', posted_by: null });
    expect((await post(`/v1/calls/${call.id}/comments`, {})).status).toBe(400);
    expect((await post('/v1/calls/1/comments', { content: 'x' })).status).toBe(404);
  });

  it('tags a call with existing tags only', async () => {
    const { get, post } = setup();
    const call = (await get('/v1/calls?per_page=50')).json.calls.find((c: { tags: unknown[] }) => !c.tags.length);
    const tagId = (await get('/v1/tags')).json.tags[3].id;
    expect((await post(`/v1/calls/${call.id}/tags`, { tags: [tagId] })).status).toBe(201);
    expect((await get(`/v1/calls/${call.id}`)).json.call.tags.map((t: { id: number }) => t.id)).toEqual([tagId]);
    expect((await post(`/v1/calls/${call.id}/tags`, { tags: [999] })).status).toBe(404);
    expect((await post(`/v1/calls/${call.id}/tags`, { tags: 'x' })).status).toBe(400);
  });

  it('archives and unarchives, answering the call', async () => {
    const { get, put } = setup();
    const call = (await get('/v1/calls?order=desc&per_page=50')).json.calls.find(
      (c: { archived: boolean }) => !c.archived,
    );
    expect((await put(`/v1/calls/${call.id}/archive`)).json.call.archived).toBe(true);
    expect((await put(`/v1/calls/${call.id}/unarchive`)).json.call.archived).toBe(false);
    expect((await put('/v1/calls/5/archive')).status).toBe(404);
  });
});

describe('recordings and voicemails', () => {
  it('pauses and resumes recording on a live call; 400 once ended, 404 unknown, 405 when disabled', async () => {
    const { post, get, call } = await withLiveCall();
    const recordingNumber = call.number.live_recording_activated;
    expect(recordingNumber).toBe(true);
    expect((await post(`/v1/calls/${call.id}/pause_recording`)).status).toBe(204);
    expect((await post(`/v1/calls/${call.id}/resume_recording`)).status).toBe(204);
    expect((await post('/v1/calls/42/pause_recording')).status).toBe(404);
    const ended = (await get('/v1/calls?per_page=1')).json.calls[0];
    const refused = await post(`/v1/calls/${ended.id}/pause_recording`);
    expect(refused.status).toBe(400);
    expect(refused.json.troubleshoot).toBe('Call has already ended.');
    const numbers = (await get('/v1/numbers')).json.numbers;
    const noRecording = numbers.find((n: { live_recording_activated: boolean }) => !n.live_recording_activated);
    const other = await post('/__sim/calls', { number_id: noRecording.id, autopilot: false });
    expect((await post(`/v1/calls/${other.json.call.id}/resume_recording`)).status).toBe(405);
  });

  it('hands out recording links that expire after 10 minutes', async () => {
    const { get, sim } = setup();
    const call = (await get('/v1/calls?order=desc&per_page=50')).json.calls.find(
      (c: { recording: string | null }) => c.recording,
    );
    const url = new URL(call.recording);
    expect(url.pathname).toBe(`/__sim/assets/recording/${call.id}`);
    expect((await sim.fetch(call.recording)).status).toBe(200);
    sim.advance(10 * 60_000);
    expect((await sim.fetch(call.recording)).status).toBe(403);
    const fresh = (await get(`/v1/calls/${call.id}`)).json.call.recording;
    expect((await sim.fetch(fresh)).status).toBe(200);
    url.searchParams.set('expires', String(Math.floor(sim.now() / 1000) + 3600));
    expect((await sim.fetch(url)).status).toBe(403);
  });

  it('deletes a recording about 10 minutes and a voicemail about a minute after the request', async () => {
    const { get, del, sim } = setup();
    const calls = (await get('/v1/calls?order=desc&per_page=50')).json.calls;
    const recorded = calls.find((c: { recording: string | null }) => c.recording);
    const voicemail = (await get('/v1/calls/search?direction=inbound&per_page=50')).json.calls.find(
      (c: { voicemail: string | null }) => c.voicemail,
    );
    expect((await del(`/v1/calls/${recorded.id}/recording`)).status).toBe(200);
    expect((await del(`/v1/calls/${voicemail.id}/voicemail`)).status).toBe(200);
    expect((await get(`/v1/calls/${recorded.id}`)).json.call.recording).not.toBeNull();
    sim.advance(60_000);
    expect((await get(`/v1/calls/${voicemail.id}`)).json.call.voicemail).toBeNull();
    sim.advance(9 * 60_000);
    expect((await get(`/v1/calls/${recorded.id}`)).json.call.recording).toBeNull();
  });
});

describe('insight cards', () => {
  const card = (userId: number) => ({
    contents: [
      { type: 'title', text: 'My Custom CRM', link: 'https://my-custom-crm.com' },
      { type: 'shortText', label: 'Account ID', text: '6789', link: 'https://my-custom-crm.com/6789' },
      { type: 'user', label: 'Account Owner', user_id: userId },
    ],
  });

  it('reach ongoing calls only, validated per line type', async () => {
    const { post, get, call } = await withLiveCall();
    const userId = (await get('/v2/users')).json.users[0].id;
    expect((await post(`/v1/calls/${call.id}/insight_cards`, card(userId))).status).toBe(201);
    expect((await get(`/__sim/calls/${call.id}`)).json.live.insight_cards).toHaveLength(1);
    const malformed = [
      { contents: [] },
      { contents: [{ type: 'title' }] },
      { contents: [{ type: 'user', user_id: userId }] },
      { contents: [{ type: 'shortText', text: 'x', link: 'not a url' }] },
      { contents: [{ type: 'banner', text: 'x' }] },
      card(999_999),
    ];
    for (const body of malformed) expect((await post(`/v1/calls/${call.id}/insight_cards`, body)).status).toBe(400);
    expect((await post('/v1/calls/7/insight_cards', card(userId))).status).toBe(404);
    const ended = (await get('/v1/calls?per_page=1')).json.calls[0];
    expect((await post(`/v1/calls/${ended.id}/insight_cards`, card(userId))).status).toBe(400);
  });
});

describe('transfers', () => {
  it('follow the reference rules', async () => {
    const { post, get, call } = await withLiveCall();
    const users = (await get('/v2/users?per_page=50')).json.users;
    const ended = (await get('/v1/calls?per_page=1')).json.calls[0];
    const endedTransfer = await post(`/v1/calls/${ended.id}/transfers`, { user_id: users[0].id });
    expect(endedTransfer.json).toEqual({ error: 'Bad Request', troubleshoot: 'Call already ended.' });
    expect((await post('/v1/calls/3/transfers', { user_id: users[0].id })).status).toBe(404);
    expect((await post(`/v1/calls/${call.id}/transfers`, { user_id: 999_999 })).status).toBe(404);
    const strategy = await post(`/v1/calls/${call.id}/transfers`, {
      user_id: users[0].id,
      dispatching_strategy: 'random',
    });
    expect(strategy.json.troubleshoot).toBe(
      'Invalid usage of dispatching strategy with user or external phone number.',
    );
    expect(
      (await post(`/v1/calls/${call.id}/transfers`, { number: '+33612345678', dispatching_strategy: 'random' })).status,
    ).toBe(400);
    expect((await post(`/v1/calls/${call.id}/transfers`, { number: '0612' })).status).toBe(400);
    expect((await post(`/v1/calls/${call.id}/transfers`, {})).status).toBe(400);
  });

  it('refuses a team of more than 25 users while the call rings, not once answered', async () => {
    const { post, get, call, live } = await withLiveCall();
    const teams = (await get('/v1/teams')).json.teams;
    const everyone = teams.find((t: { users: unknown[] }) => t.users.length > 25);
    const ringing = await post(`/v1/calls/${call.id}/transfers`, { team_id: everyone.id });
    expect(ringing.status).toBe(400);
    expect(ringing.json.troubleshoot).toBe('Call cannot be transferred to a team with more than 25 users.');
    await post(`/__sim/calls/${call.id}/answer`, { user_id: live.ringing_user_ids[0] });
    expect((await post(`/v1/calls/${call.id}/transfers`, { team_id: everyone.id })).status).toBe(204);
  });

  it('sends to an external number only unanswered inbound calls', async () => {
    const { post, call, live } = await withLiveCall();
    expect((await post(`/v1/calls/${call.id}/transfers`, { number: '+33612345678' })).status).toBe(204);
    const other = (await post('/__sim/calls', { autopilot: false, number_id: call.number.id })).json;
    await post(`/__sim/calls/${other.call.id}/answer`, {
      user_id: other.live.ringing_user_ids[0] ?? live.ringing_user_ids[0],
    });
    const answered = await post(`/v1/calls/${other.call.id}/transfers`, { number: '+33612345678' });
    expect(answered.status).toBe(400);
  });
});
