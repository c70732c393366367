import type {
  InsightKind,
  InsightPart,
  ParticipantSentiment,
  SentimentValue,
  Speaker,
  StoredUtterance,
} from '../store';

/**
 * Aircall AI Assist's per-call objects (transcription, summary, sentiments, topics, action items) share one shape:
 * `{ id, call_id, call_uuid, participants, type, content, created_at, updated_at, … }`, where `content` is a string,
 * an array or an object depending on the resource, and not documented further. Everything here reads them
 * tolerantly into what the mirror keeps, and answers null for what cannot be read (never a half-read part).
 */

/** Webhook event → the kind it carries. */
export const insightEvents: Readonly<Record<string, InsightKind>> = {
  'transcription.created': 'transcription',
  'summary.created': 'summary',
  'sentiment.created': 'sentiment',
  'topics.created': 'topics',
  'action_item.created': 'action_items',
};

type Json = unknown;
const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Text for people to read, safe to store: no NUL (PostgreSQL text cannot hold it) nor other control characters
 * (the search's snippet marks among them) but tabs and newlines, no lone surrogates.
 */
export function cleanText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .trim()
  );
}

/** A string found under one of `keys` (or the value itself when it is a string). */
function textOf(value: Json, keys: readonly string[]): string | null {
  if (typeof value === 'string') return cleanText(value) || null;
  if (!isRecord(value)) return null;
  for (const key of keys) {
    const found = value[key];
    if (typeof found === 'string' && cleanText(found)) return cleanText(found);
  }
  return null;
}

/** `content`, or the object itself when it has none (a bare payload of the resource). */
const contentOf = (object: Record<string, Json>): Json => ('content' in object ? object.content : object);

/** The call an insight object belongs to: `call_id` is a string on Aircall's objects. */
export function insightCallId(object: Json): number | null {
  if (!isRecord(object)) return null;
  const raw = object.call_id ?? (isRecord(object.call) ? object.call.id : undefined);
  const id = typeof raw === 'string' && /^\d{1,16}$/.test(raw) ? Number(raw) : raw;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** When Aircall last changed the object (epoch ms): its version in the mirror. */
export function insightVersion(object: Json): number | null {
  if (!isRecord(object)) return null;
  for (const key of ['updated_at', 'created_at']) {
    const ms = epochMs(object[key]);
    if (ms !== null) return ms;
  }
  return null;
}

/** ISO text, epoch seconds or epoch milliseconds → epoch ms; null for anything else. */
function epochMs(value: Json): number | null {
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
  if (value >= 1e12) return Math.trunc(value);
  if (value >= 1e9) return Math.trunc(value * 1000);
  return null;
}

function speakerOf(value: Json): Speaker {
  const type = isRecord(value) ? (value.participant_type ?? value.type ?? value.speaker) : value;
  return typeof type === 'string' && /^(internal|agent|user)$/i.test(type) ? 'agent' : 'external';
}

function userIdOf(value: Json): number | null {
  if (!isRecord(value)) return null;
  const raw = value.user_id ?? (isRecord(value.user) ? value.user.id : undefined);
  const id = typeof raw === 'string' ? Number(raw) : raw;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** What the recording's timeline needs to place an utterance: when it started and how long it lasted. */
export interface RecordingTimes {
  /** Epoch ms the recording started (the call's answer). */
  startedAtMs: number | null;
  /** Seconds of conversation, when known. */
  talkSeconds: number | null;
}

/**
 * An utterance's position in the recording. Aircall's `timestamp` is not documented: an absolute time (ISO, epoch
 * seconds or ms) is taken relative to the recording's start; a small number is an offset, in seconds when every
 * offset of the transcript fits in the talk time, else in milliseconds.
 */
function offsetsMs(raw: Json[], times: RecordingTimes): number[] {
  const absolute = raw.map(epochMs);
  if (absolute.every((value) => value !== null) && times.startedAtMs !== null) {
    const start = times.startedAtMs;
    return absolute.map((value) => Math.max(0, (value as number) - start));
  }
  const numbers = raw.map((value) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0));
  const longest = Math.max(0, ...numbers);
  const inSeconds = times.talkSeconds !== null ? longest <= times.talkSeconds + 5 : longest < 10_000;
  return numbers.map((value) => Math.round(inSeconds ? value * 1000 : value));
}

function readUtterances(content: Json, times: RecordingTimes): StoredUtterance[] | null {
  const list = Array.isArray(content)
    ? content
    : isRecord(content) && Array.isArray(content.utterances)
      ? content.utterances
      : null;
  if (!list) {
    // A transcript given as one text: one utterance nobody is named for.
    const whole = textOf(content, ['text', 'transcript', 'content']);
    return whole ? [{ speaker: 'external', userId: null, offsetMs: 0, durationMs: null, text: whole }] : null;
  }
  const readable = list.filter((item) => textOf(item, ['text', 'content']) !== null);
  const offsets = offsetsMs(
    readable.map((item) => (isRecord(item) ? (item.timestamp ?? item.start_time ?? item.start) : undefined)),
    times,
  );
  return readable
    .map((item, index) => {
      const duration = isRecord(item) ? item.duration_ms : undefined;
      return {
        speaker: speakerOf(item),
        userId: userIdOf(item),
        offsetMs: offsets[index] ?? 0,
        durationMs:
          typeof duration === 'number' && Number.isFinite(duration) && duration >= 0 ? Math.round(duration) : null,
        text: textOf(item, ['text', 'content']) as string,
      };
    })
    .sort((a, b) => a.offsetMs - b.offsetMs);
}

function languageOf(object: Record<string, Json>, content: Json): string | null {
  const fromContent = isRecord(content) ? content.language : undefined;
  const first = Array.isArray(content) ? content.find(isRecord)?.language : undefined;
  const utterances = isRecord(content) && Array.isArray(content.utterances) ? content.utterances : [];
  const language = object.language ?? fromContent ?? first ?? utterances.find(isRecord)?.language;
  return typeof language === 'string' && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(language) ? language : null;
}

function sentimentValue(value: Json): SentimentValue | null {
  const text = typeof value === 'string' ? value : textOf(value, ['value', 'sentiment', 'polarity', 'label']);
  const normal = text?.toLowerCase();
  if (normal === 'positive' || normal === 'neutral' || normal === 'negative') return normal;
  if (normal === 'mixed') return 'neutral';
  return null;
}

function readSentiment(object: Record<string, Json>, content: Json): InsightPart | null {
  const entries = [
    ...(Array.isArray(content) ? content : []),
    ...(isRecord(content) && Array.isArray(content.participants) ? content.participants : []),
    ...(Array.isArray(object.participants) ? object.participants : []),
  ];
  const participants: ParticipantSentiment[] = entries.flatMap((entry) => {
    const sentiment = sentimentValue(entry);
    return sentiment ? [{ speaker: speakerOf(entry), userId: userIdOf(entry), sentiment }] : [];
  });
  // The call's own reading, else the other party's: how the customer felt is what the console reports.
  const overall =
    (Array.isArray(content) ? null : sentimentValue(isRecord(content) ? (content.overall ?? content) : content)) ??
    participants.find((participant) => participant.speaker === 'external')?.sentiment ??
    participants[0]?.sentiment ??
    null;
  if (overall === null && participants.length === 0) return null;
  return { kind: 'sentiment', sentiment: overall, participants };
}

/** A list of short texts: an array of strings or of objects naming them, or one text of lines. */
function textList(content: Json, keys: readonly string[]): string[] | null {
  const nested = isRecord(content) ? keys.map((key) => content[key]).find(Array.isArray) : undefined;
  const list = Array.isArray(content) ? content : nested;
  if (list)
    return list.flatMap(
      (item) => textOf(item, ['content', 'text', 'name', 'label', 'title', 'description', 'value']) ?? [],
    );
  const whole = textOf(content, keys);
  return whole === null
    ? null
    : whole
        .split(/\n+/)
        .map((line) => line.replace(/^[-*•\d.)\s]+/, '').trim())
        .filter(Boolean);
}

/** Reads one Aircall insight object of `kind`; null when nothing usable is in it. */
export function readInsight(kind: InsightKind, object: Json, times: RecordingTimes): InsightPart | null {
  if (!isRecord(object)) return null;
  const content = contentOf(object);
  switch (kind) {
    case 'transcription': {
      const utterances = readUtterances(content, times);
      return utterances && { kind, language: languageOf(object, content), utterances };
    }
    case 'summary': {
      const summary = Array.isArray(content)
        ? textList(content, [])?.join('\n') || null
        : textOf(content, ['summary', 'text', 'content']);
      return summary === null ? null : { kind, summary };
    }
    case 'sentiment':
      return readSentiment(object, content);
    case 'topics': {
      const topics = textList(content, ['topics', 'items']);
      return topics && { kind, topics };
    }
    case 'action_items': {
      const items = textList(content, ['action_items', 'items']);
      return items && { kind, items };
    }
  }
}
