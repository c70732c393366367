import { beforeAll, describe, expect, it } from 'vitest';
import { type CallListQuery, InvalidSortError, type StoredUtterance, snippetMarks } from '../../src/store';
import { aCall, aMissedCall, baseTime } from './fixtures';
import { describeOnEachDriver } from './harness';

const recording = 'https://assets.example/recording.mp3';
const say = (speaker: StoredUtterance['speaker'], offsetMs: number, text: string): StoredUtterance => ({
  speaker,
  userId: speaker === 'agent' ? 1 : null,
  offsetMs,
  durationMs: 4_000,
  text,
});

describeOnEachDriver('call insights', (ctx) => {
  beforeAll(async () => {
    await ctx.store.calls.upsertMany(
      [
        aCall({ id: 1, recording, contact: { id: 9, first_name: 'Refundia', last_name: 'Jones' } }),
        aCall({ id: 2, recording, started_at: baseTime + 60 }),
        aCall({ id: 3, recording, started_at: baseTime + 120 }),
        aCall({
          id: 4,
          started_at: baseTime + 180,
          comments: [{ id: 1, content: 'Customer wants a refund', posted_at: baseTime, posted_by: null }],
        }),
        aMissedCall({ id: 5, started_at: baseTime + 240 }),
        aCall({ id: 6, recording, started_at: baseTime + 300 }),
      ].map((call) => ({ call, sourceUpdatedAt: 1 })),
    );
    const { insights } = ctx.store;
    await insights.save(
      2,
      {
        kind: 'transcription',
        language: 'en-US',
        utterances: [
          say('agent', 0, 'Thank you for calling, how can I help?'),
          say('external', 4_000, 'I was charged twice and I would like my money refunded.'),
          say('agent', 9_000, 'I can see both payments. I am issuing the refund now.'),
        ],
      },
      1_000,
    );
    await insights.save(
      3,
      {
        kind: 'transcription',
        language: 'en',
        utterances: [
          say('external', 0, 'My parcel never arrived.'),
          say('agent', 3_000, 'Let me check the delivery. If it is lost we can refund it.'),
        ],
      },
      1_000,
    );
    await insights.save(
      6,
      {
        kind: 'transcription',
        language: 'fr-FR',
        utterances: [say('external', 0, 'Je voudrais être remboursée de ma commande.')],
      },
      1_000,
    );
    await insights.save(2, { kind: 'sentiment', sentiment: 'negative', participants: [] }, 1_000);
    await insights.save(3, { kind: 'sentiment', sentiment: 'neutral', participants: [] }, 1_000);
    await insights.save(2, { kind: 'topics', topics: ['Refund', 'Billing', 'billing '] }, 1_000);
    await insights.save(3, { kind: 'topics', topics: ['Delivery', 'refund'] }, 1_000);
  });

  const ids = async (query: Partial<CallListQuery>) =>
    (await ctx.store.calls.list({ perPage: 50, ...query })).calls.map((call) => call.id);

  it('keeps each kind apart and says which are known', async () => {
    const insights = await ctx.store.insights.get(2);
    expect(insights).toMatchObject({
      callId: 2,
      transcript: { language: 'en-US' },
      summary: null,
      sentiment: { overall: 'negative', participants: [] },
      topics: ['refund', 'billing'],
      actionItems: null,
      unavailable: [],
      fetchedAt: null,
    });
    expect(insights?.transcript?.utterances).toHaveLength(3);
    expect(await ctx.store.insights.get(1)).toBeUndefined();
  });

  it('never lets an older delivery of a kind replace a newer one', async () => {
    const { insights } = ctx.store;
    expect(await insights.save(2, { kind: 'summary', summary: 'Refund issued.' }, 3_000)).toBe(true);
    expect(await insights.save(2, { kind: 'summary', summary: 'Draft.' }, 2_000)).toBe(false);
    expect(await insights.save(2, { kind: 'summary', summary: 'Refund issued.' }, 3_000)).toBe(true);
    expect((await insights.get(2))?.summary).toBe('Refund issued.');
    expect((await insights.get(2))?.sentiment?.overall).toBe('negative');
  });

  describe('the calls list', () => {
    it('finds calls by what was said, stemmed (refund ~ refunded), beside comments and names', async () => {
      expect(new Set(await ids({ text: 'refund' }))).toEqual(new Set([1, 2, 3, 4]));
      expect(await ids({ text: 'refunds' })).toEqual(expect.arrayContaining([2, 3]));
    });

    it('stems a transcript in its own language', async () => {
      expect(await ids({ text: 'remboursement' })).toEqual([6]);
    });

    it('ranks names and comments first, then the transcripts that say it most', async () => {
      const ranked = await ids({ text: 'refund', sort: 'relevance', order: 'desc' });
      expect(ranked.slice(0, 2).sort()).toEqual([1, 4]);
      expect(ranked.slice(2)).toEqual([2, 3]);
    });

    it('walks relevance with a cursor in the order of a single page', async () => {
      const walked: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await ctx.store.calls.list({
          perPage: 1,
          text: 'refund',
          sort: 'relevance',
          cursor,
          withTotal: false,
        });
        walked.push(...page.calls.map((call) => call.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(walked).toEqual(await ids({ text: 'refund', sort: 'relevance' }));
    });

    it('refuses relevance without a text', async () => {
      await expect(ctx.store.calls.list({ perPage: 5, sort: 'relevance' })).rejects.toBeInstanceOf(InvalidSortError);
    });

    it('matches nothing for stop words alone; quotes, or and -word work; stray operators are no error', async () => {
      expect(await ids({ text: 'the' })).toEqual([]);
      expect(await ids({ text: '"money refunded"' })).toEqual([2]);
      expect(await ids({ text: 'refund -delivery' })).toEqual(expect.not.arrayContaining([3]));
      expect(new Set(await ids({ text: "it's (refund & | !" }))).toEqual(new Set([2, 3]));
    });

    it('filters by sentiment and topic', async () => {
      expect(await ids({ sentiment: 'negative' })).toEqual([2]);
      expect(await ids({ topic: 'REFUND' })).toEqual([3, 2]);
      expect(await ids({ topic: 'refund', sentiment: 'neutral' })).toEqual([3]);
      expect(await ids({ topic: 'nothing' })).toEqual([]);
    });

    it('quotes the passage of the transcript that matched', async () => {
      const snippets = await ctx.store.insights.transcriptSnippets([2, 3, 4], 'refund');
      expect([...snippets.keys()].sort()).toEqual([2, 3]);
      expect(snippets.get(3)).toContain(`${snippetMarks.start}refund${snippetMarks.end}`);
      expect(snippets.get(2)).toContain(`${snippetMarks.start}refunded${snippetMarks.end}`);
    });
  });

  describe('fetching once', () => {
    it('lists recorded answered calls not asked about yet, with the kinds still unknown', async () => {
      const awaiting = await ctx.store.insights.awaitingFetch({
        startedSince: baseTime,
        endedBefore: baseTime + 10_000,
        limit: 10,
      });
      expect(awaiting.map((entry) => entry.callId)).toEqual([6, 3, 2, 1]);
      expect(awaiting.find((entry) => entry.callId === 2)?.kinds).toEqual(['action_items']);
      expect(awaiting.find((entry) => entry.callId === 1)?.kinds).toHaveLength(5);
    });

    it('remembers what Aircall had none of, and never lists the call again', async () => {
      await ctx.store.insights.markFetched(1, ['transcription', 'summary', 'sentiment', 'topics', 'action_items']);
      await ctx.store.insights.markFetched(3, ['summary', 'topics']);
      expect((await ctx.store.insights.get(1))?.unavailable).toHaveLength(5);
      // topics of call 3 were known already: only the summary is missing.
      expect((await ctx.store.insights.get(3))?.unavailable).toEqual(['summary']);
      const awaiting = await ctx.store.insights.awaitingFetch({
        startedSince: baseTime,
        endedBefore: baseTime + 10_000,
        limit: 10,
      });
      expect(awaiting.map((entry) => entry.callId)).toEqual([6, 2]);
    });

    it('lets a later webhook fill a kind marked unavailable', async () => {
      await ctx.store.insights.save(1, { kind: 'summary', summary: 'Late summary.' }, 9_000);
      const insights = await ctx.store.insights.get(1);
      expect(insights?.summary).toBe('Late summary.');
      expect(insights?.unavailable).not.toContain('summary');
    });

    it('does not list calls still too recent or out of the window', async () => {
      expect(
        await ctx.store.insights.awaitingFetch({ startedSince: baseTime, endedBefore: baseTime + 1, limit: 10 }),
      ).toEqual([]);
    });
  });
});
