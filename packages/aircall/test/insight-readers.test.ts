import { describe, expect, it } from 'vitest';
import { insightSchema, readInsightEvent } from '../src';

const shared = {
  id: 11,
  call_id: '812',
  call_uuid: 'c0ffee',
  number_id: 1234,
  type: 'call',
  participants: [{ participant_type: 'internal', user_id: 456 }, { participant_type: 'external' }],
  call_created_at: 1_700_000_000,
  created_at: '2026-12-01T10:00:00.000Z',
  ai_generated: true,
};
const utterances = [
  {
    participant_type: 'external',
    timestamp: 4_000,
    duration_ms: 2_500,
    text: 'I would like a refund.',
    language: 'en',
  },
  { participant_type: 'internal', user_id: 456, timestamp: 0, duration_ms: 3_000, text: 'Hello, Acme support.' },
];

describe('insight readers', () => {
  it('read the object bare, in a one-key envelope, and with content as an object or an array', () => {
    const schema = insightSchema('transcription');
    const bare = schema.parse({ ...shared, content: { language: 'en', utterances } });
    const enveloped = schema.parse({ transcription: { ...shared, content: utterances } });
    for (const transcription of [bare, enveloped]) {
      expect(transcription).toMatchObject({ kind: 'transcription', call_id: '812', number_id: 1234, type: 'call' });
      expect(transcription.utterances.map((u) => [u.participant_type, u.offset_ms, u.text])).toEqual([
        ['internal', 0, 'Hello, Acme support.'],
        ['external', 4_000, 'I would like a refund.'],
      ]);
      expect(transcription.text).toBe('Hello, Acme support.\nI would like a refund.');
      expect(transcription.call_created_at).toBe('2023-11-14T22:13:20.000Z');
    }
    expect(bare.language).toBe('en');
    expect(schema.parse({ transcript: { content: 'Just text.' } })).toMatchObject({
      text: 'Just text.',
      utterances: [],
    });
  });

  it('count absolute timestamps from the first utterance', () => {
    const transcription = insightSchema('transcription').parse({
      content: [
        { participant_type: 'agent', timestamp: 1_764_000_000, duration_ms: 1_000, text: 'Hi' },
        { participant_type: 'customer', timestamp: 1_764_000_002.5, duration_ms: 1_000, text: 'Hello' },
      ],
    });
    expect(transcription.utterances.map((u) => [u.participant_type, u.offset_ms])).toEqual([
      ['internal', 0],
      ['external', 2_500],
    ]);
  });

  it('normalise summary, sentiments, topics and action items from strings, arrays and objects', () => {
    expect(insightSchema('summary').parse({ summary: { content: 'Refund issued.' } }).text).toBe('Refund issued.');
    expect(insightSchema('summary').parse({ content: ['Line one.', { text: 'Line two.' }] }).text).toBe(
      'Line one.\nLine two.',
    );

    const sentiment = insightSchema('sentiments').parse({
      sentiments: {
        content: [
          { participant_type: 'internal', user_id: 456, value: 'POSITIVE' },
          { participant_type: 'external', value: 'NEGATIVE' },
        ],
      },
    });
    expect(sentiment).toMatchObject({
      overall: 'negative',
      by_participant: [
        { participant_type: 'internal', user_id: 456, sentiment: 'positive' },
        { participant_type: 'external', user_id: null, sentiment: 'negative' },
      ],
    });
    expect(insightSchema('sentiments').parse({ content: 'Neutral' }).overall).toBe('neutral');

    expect(insightSchema('topics').parse({ content: 'refund, delivery' }).topics).toEqual(['refund', 'delivery']);
    expect(
      insightSchema('topics').parse({ topics: { content: [{ name: 'billing' }, 'refund', 'refund'] } }).topics,
    ).toEqual(['billing', 'refund']);

    expect(insightSchema('action_items').parse({ content: '- Send the label\n- Refund 20 EUR' }).items).toEqual([
      { text: 'Send the label', user_id: null },
      { text: 'Refund 20 EUR', user_id: null },
    ]);
    expect(
      insightSchema('action_items').parse({ action_items: { content: [{ text: 'Call back', user_id: 456 }] } }).items,
    ).toEqual([{ text: 'Call back', user_id: 456 }]);
  });

  it('read a predicted CSAT', () => {
    const csat = insightSchema('predicted_csat').parse({
      csat: { call_id: 812, call_uuid: 'c0ffee', score: 75, drivers: [{ polarity: 'POSITIVE', label: 'Satisfied' }] },
    });
    expect(csat).toEqual({
      kind: 'predicted_csat',
      call_id: '812',
      call_uuid: 'c0ffee',
      score: 75,
      drivers: [{ polarity: 'POSITIVE', label: 'Satisfied' }],
    });
  });

  it('read the data of insight webhook events', () => {
    const read = readInsightEvent('sentiment.created', { ...shared, content: 'POSITIVE' });
    expect(read).toMatchObject({ kind: 'sentiments', insight: { overall: 'positive', call_id: '812' } });
    expect(readInsightEvent('call.created', {})).toBeNull();
    expect(readInsightEvent('summary.created', 'not an object')).toBeNull();
  });
});
