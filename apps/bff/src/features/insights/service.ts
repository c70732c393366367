import type { Call } from '@switchboard/aircall';
import type { CallInsights as CallInsightsView, SearchSnippet } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import { contactDisplayName } from '../../mirror/contact-view';
import { type CallInsights, insightKinds, snippetMarks } from '../../store';

type Named = { id: number; name: string } | null;

/** Why a call has no insights (yet), in the console's words. */
const messages = {
  live: 'Insights come a few minutes after the call ends.',
  notRecorded: 'No insights for this call: Aircall AI Assist analyses answered calls with a recording.',
  noneProduced: 'No insights for this call: Aircall produced none (AI Assist may be off for this number).',
  pending: 'Insights are on their way: Aircall produces them a few minutes after a recorded call ends.',
} as const;

const isRecorded = (call: Call) => call.answered_at !== null && (call.recording ?? call.asset ?? null) !== null;

/** The call page's insights: what the mirror holds, agents named from the users mirror. */
export async function callInsightsView(
  context: Pick<AppContext, 'store' | 'aircallUsers'>,
  call: Call,
): Promise<CallInsightsView> {
  const stored = await context.store.insights.get(call.id);
  const known = stored && hasAny(stored);
  const empty = { transcript: null, summary: null, sentiment: null, topics: null, actionItems: null };
  if (!stored || !known) {
    const [status, message] =
      call.status !== 'done'
        ? (['pending', messages.live] as const)
        : !isRecorded(call)
          ? (['none', messages.notRecorded] as const)
          : stored && stored.unavailable.length >= insightKinds.length
            ? (['none', messages.noneProduced] as const)
            : (['pending', messages.pending] as const);
    return { callId: call.id, status, message, ...empty };
  }
  const agent = agentNamer(context, call);
  const transcript = stored.transcript && {
    language: stored.transcript.language,
    utterances: await Promise.all(
      stored.transcript.utterances.map(async (utterance) => ({
        speaker: utterance.speaker,
        agent: utterance.speaker === 'agent' ? await agent(utterance.userId) : null,
        offsetMs: utterance.offsetMs,
        durationMs: utterance.durationMs,
        text: utterance.text,
      })),
    ),
  };
  const sentiment = stored.sentiment && {
    overall: stored.sentiment.overall,
    participants: await Promise.all(
      stored.sentiment.participants.map(async (participant) => ({
        speaker: participant.speaker,
        agent: participant.speaker === 'agent' ? await agent(participant.userId) : null,
        sentiment: participant.sentiment,
      })),
    ),
  };
  return {
    callId: call.id,
    status: 'available',
    message: null,
    transcript,
    summary: stored.summary,
    sentiment,
    topics: stored.topics,
    actionItems: stored.actionItems,
  };
}

const hasAny = (insights: CallInsights) =>
  [insights.transcript, insights.summary, insights.sentiment, insights.topics, insights.actionItems].some(
    (part) => part !== null,
  );

/** An agent by Aircall user id, looked up once each; the call's own agent when Aircall names none. */
function agentNamer(context: Pick<AppContext, 'aircallUsers'>, call: Call) {
  const cache = new Map<number, Promise<Named>>();
  const callAgent: Named = call.user ? { id: call.user.id, name: call.user.name ?? `User ${call.user.id}` } : null;
  return (userId: number | null): Promise<Named> => {
    if (userId === null) return Promise.resolve(callAgent);
    if (userId === callAgent?.id) return Promise.resolve(callAgent);
    let named = cache.get(userId);
    if (!named) {
      named = context.aircallUsers.get(userId).then((user) => user ?? { id: userId, name: `User ${userId}` });
      cache.set(userId, named);
    }
    return named;
  };
}

/** Characters of context kept on each side of a match in a comment. */
const commentContext = 60;

/** `text` with the case-insensitive occurrences of `fragment` as highlights. */
function highlighted(source: SearchSnippet['source'], text: string, fragment: string): SearchSnippet | null {
  const lower = text.toLowerCase();
  const needle = fragment.toLowerCase();
  const first = lower.indexOf(needle);
  if (first < 0) return null;
  let start = 0;
  let end = text.length;
  if (source === 'comment' && text.length > 2 * commentContext + needle.length) {
    start = Math.max(0, first - commentContext);
    end = Math.min(text.length, first + needle.length + commentContext);
  }
  const prefix = start > 0 ? '…' : '';
  const excerpt = `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const highlights: SearchSnippet['highlights'] = [];
  for (let at = first; at >= 0 && at + needle.length <= end; at = lower.indexOf(needle, at + needle.length)) {
    highlights.push({ start: at - start + prefix.length, end: at - start + prefix.length + needle.length });
  }
  return { source, text: excerpt, highlights };
}

/** A transcript passage from the store, its matched words between the snippet marks. */
export function fromMarkedPassage(marked: string): SearchSnippet {
  const highlights: SearchSnippet['highlights'] = [];
  let text = '';
  let openedAt = -1;
  for (const character of marked.replace(/\s*\n\s*/g, ' ')) {
    if (character === snippetMarks.start) openedAt = text.length;
    else if (character === snippetMarks.end && openedAt >= 0) {
      highlights.push({ start: openedAt, end: text.length });
      openedAt = -1;
    } else text += character;
  }
  return startNearFirstMatch({ source: 'transcript', text, highlights });
}

/** Characters kept before the first match, so a one-line cell shows the match rather than the words before it. */
const leadIn = 30;

function startNearFirstMatch(snippet: SearchSnippet): SearchSnippet {
  const first = snippet.highlights[0]?.start ?? 0;
  if (first <= leadIn) return snippet;
  const wordStart = snippet.text.indexOf(' ', first - leadIn) + 1;
  const cut = wordStart > 0 && wordStart <= first ? wordStart : first;
  return {
    ...snippet,
    text: `…${snippet.text.slice(cut)}`,
    highlights: snippet.highlights.map(({ start, end }) => ({ start: start - cut + 1, end: end - cut + 1 })),
  };
}

/**
 * What a text search matched in each call of a page, in the order the ranking weighs it: the contact's name, a
 * comment, then the transcript's best passage.
 */
export async function searchSnippets(
  context: Pick<AppContext, 'store'>,
  calls: Call[],
  text: string,
): Promise<Map<number, SearchSnippet | null>> {
  const passages = await context.store.insights.transcriptSnippets(
    calls.map((call) => call.id),
    text,
  );
  return new Map(
    calls.map((call) => {
      const name = call.contact ? contactDisplayName(call.contact) : null;
      const passage = passages.get(call.id);
      const snippet =
        (name ? highlighted('contact', name, text) : null) ??
        call.comments.reduce<SearchSnippet | null>(
          (found, comment) => found ?? highlighted('comment', comment.content, text),
          null,
        ) ??
        (passage === undefined ? null : fromMarkedPassage(passage));
      return [call.id, snippet];
    }),
  );
}
