import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { e164Schema, hexColourSchema, plainText, serverEventSchema, serverEventTypes, urlSearchSchema } from '../src';

describe('urlSearchSchema', () => {
  it('refuses a field the URL could leave without a value', () => {
    expect(() => urlSearchSchema({ from: z.number() })).toThrow('from needs a default or .optional()');
  });
});

describe('shared rules', () => {
  it.each(['+14155550123', '+33176111111'])('takes %s as E.164', (number) => {
    expect(e164Schema.safeParse(number).success).toBe(true);
  });

  it.each(['14155550123', '+1 415 555 0123', '+0123456789', '+1234567890123456'])('refuses %s as E.164', (number) => {
    expect(e164Schema.safeParse(number).success).toBe(false);
  });

  it.each(['#1A2B3C', '#fff', '#008f6c'])('takes %s as a colour', (colour) => {
    expect(hexColourSchema.safeParse(colour).success).toBe(true);
  });

  it.each(['1A2B3C', '#12345', '#GGGGGG', 'red'])('refuses %s as a colour', (colour) => {
    expect(hexColourSchema.safeParse(colour).success).toBe(false);
  });

  it('refuses flags and pictographs but not accents or punctuation', () => {
    const text = plainText(100);
    expect(text.safeParse('Élodie — call back, 10:30 (FR)').success).toBe(true);
    expect(text.safeParse('France 🇫🇷').success).toBe(false);
    expect(text.safeParse('ok ✅').success).toBe(false);
  });
});

describe('server events', () => {
  it('lists every event type', () => {
    expect(serverEventTypes).toEqual([
      'call.upserted',
      'availability.changed',
      'job.progress',
      'resource.changed',
      'stream.reset',
    ]);
  });

  it('reads an availability change and refuses an unknown status', () => {
    const event = { type: 'availability.changed', at: 1_700_000_000, userId: 4, availability: 'after_call_work' };
    expect(serverEventSchema.parse(event)).toEqual(event);
    expect(serverEventSchema.safeParse({ ...event, availability: 'lunch' }).success).toBe(false);
  });
});
