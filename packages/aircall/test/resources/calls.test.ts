import { describe, expect, it } from 'vitest';
import { type Call, InvalidInputError, RejectedError, ResourceUnavailableError } from '../../src';
import { collect, createSimClient } from '../support/sim';

describe('calls against the simulator', () => {
  const { client, control } = createSimClient({ sizes: { calls: 300 } });

  /** A ringing inbound call that waits for control actions. */
  async function liveCall(): Promise<Call> {
    const { call } = await control<{ call: Call }>('POST', '/calls', { direction: 'inbound', autopilot: false });
    return call;
  }

  it('lists a page in either order and gets one call with its contact', async () => {
    const asc = await client.calls.list({ per_page: 10 });
    const desc = await client.calls.list({ per_page: 10, order: 'desc' });
    expect(asc.calls[0]!.started_at).toBeLessThanOrEqual(desc.calls[0]!.started_at);
    const call = await client.calls.get(asc.calls[0]!.id, { fetch_contact: true });
    expect(call.id).toBe(asc.calls[0]!.id);
  });

  it('iterates every call of a window oldest first', async () => {
    const all = await collect(client.calls.listAll());
    expect(all).toHaveLength(300);
    expect(new Set(all.map((call) => call.id)).size).toBe(300);
    const startedAt = all.map((call) => call.started_at);
    expect(startedAt).toEqual([...startedAt].sort((a, b) => a - b));

    const from = all[100]!.started_at;
    const to = all[199]!.started_at;
    const window = await collect(client.calls.listAll({ from, to }));
    expect(window.every((call) => call.started_at >= from && call.started_at <= to)).toBe(true);
    expect(window.length).toBeGreaterThanOrEqual(100);
  });

  it('searches by direction, user and tags (all of them)', async () => {
    const inbound = await collect(client.calls.searchAll({ direction: 'inbound' }));
    expect(inbound.length).toBeGreaterThan(0);
    expect(inbound.every((call) => call.direction === 'inbound')).toBe(true);

    const [first, second] = (await client.tags.list()).tags;
    const target = inbound[0]!;
    await client.calls.tag(target.id, { tags: [first!.id, second!.id] });
    const tagged = await client.calls.search({ tags: [first!.id, second!.id], per_page: 50 });
    expect(tagged.calls.map((call) => call.id)).toContain(target.id);
    expect(tagged.calls.every((call) => call.tags.some((tag) => tag.id === second!.id))).toBe(true);

    const userId = inbound.find((call) => call.user)?.user?.id;
    if (userId !== undefined) {
      const byUser = await client.calls.search({ user_id: userId });
      expect(byUser.meta.total).toBeGreaterThan(0);
    }
  });

  it('comments (five at most), archives and unarchives', async () => {
    const id = (await client.calls.list({ per_page: 1, order: 'desc' })).calls[0]!.id;
    await client.calls.comment(id, { content: 'Please call back this customer!' });
    expect((await client.calls.get(id)).comments.at(-1)).toMatchObject({
      content: 'Please call back this customer!',
      posted_by: null,
    });
    for (let i = 0; i < 5; i += 1) await client.calls.comment(id, { content: `note ${i}` }).catch(() => undefined);
    await expect(client.calls.comment(id, { content: 'one too many' })).rejects.toBeInstanceOf(RejectedError);

    expect((await client.calls.archive(id)).archived).toBe(true);
    expect((await client.calls.unarchive(id)).archived).toBe(false);
  });

  it('deletes recordings and voicemails', async () => {
    const all = await collect(client.calls.listAll());
    const recorded = all.find((call) => call.recording !== null);
    const voicemail = all.find((call) => call.voicemail !== null);
    if (!recorded || !voicemail) throw new Error('the seed has recordings and voicemails');
    await expect(client.calls.deleteRecording(recorded.id)).resolves.toBeUndefined();
    await expect(client.calls.deleteVoicemail(voicemail.id)).resolves.toBeUndefined();
  });

  it('acts on a live call: insight card, recording pause and resume, transfer', async () => {
    const call = await liveCall();
    const userId = (await client.users.list({ per_page: 1 })).users[0]!.id;
    await client.calls.sendInsightCard(call.id, {
      contents: [
        { type: 'title', text: 'My CRM', link: 'https://crm.example.com' },
        { type: 'shortText', label: 'Account', text: '6789' },
        { type: 'user', label: 'Owner', user_id: userId },
      ],
    });
    const state = await control<{ live: { insight_cards: unknown[] } }>('GET', `/calls/${call.id}`);
    expect(state.live.insight_cards).toHaveLength(1);

    await control('POST', `/calls/${call.id}/answer`, {});
    await client.calls.pauseRecording(call.id).catch((error: unknown) => {
      // Numbers without live recording answer 405, which is a faithful outcome too.
      expect(error).toBeInstanceOf(RejectedError);
    });
    await client.calls.resumeRecording(call.id).catch((error: unknown) => expect(error).toBeInstanceOf(RejectedError));

    const team = (await client.teams.list()).teams[0]!;
    await client.calls.transfer(call.id, { team_id: team.id, dispatching_strategy: 'longest_idle' });
    await control('POST', `/calls/${call.id}/hangup`, {});
    await expect(client.calls.transfer(call.id, { user_id: userId })).rejects.toBeInstanceOf(RejectedError);
  });

  it('validates transfers, tags and insight cards before sending', async () => {
    await expect(
      client.calls.transfer(1, { user_id: 1, dispatching_strategy: 'random' } as never),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(client.calls.transfer(1, { number: '0612345678' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(client.calls.tag(1, { tags: [] })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(client.calls.sendInsightCard(1, { contents: [] })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(client.calls.get(999_999_999)).rejects.toBeInstanceOf(ResourceUnavailableError);
  });
});
