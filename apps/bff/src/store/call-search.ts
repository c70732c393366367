import { type SQL, sql } from 'drizzle-orm';
import { topicOf, transcriptQuery } from './insights';
import { callInsights, calls, type SentimentValue } from './schema';
import { containsPattern } from './sql-helpers';

/**
 * The calls list's free-text search: the contact's name and the comments (a case-insensitive "contains", over the
 * trigram index of `calls.search_text`) or the transcript (full-text, stemmed per language, over its GIN index).
 */
export function textMatch(text: string): SQL {
  return sql`${calls.id} IN (
    SELECT ${calls.id} FROM ${calls} WHERE ${calls.searchText} LIKE ${containsPattern(text.toLowerCase())}
    UNION
    SELECT ${callInsights.callId} FROM ${callInsights} WHERE ${transcriptMatch(text)})`;
}

/**
 * The index finds transcripts matching the words stemmed in any language; a word to exclude ("-word") must also be
 * checked in the transcript's own language, where the other languages' forms of it would not exclude anything.
 */
function transcriptMatch(text: string): SQL {
  const indexed = sql`${callInsights.transcriptDocument} @@ ${transcriptQuery(text)}`;
  if (!/(^|\s)-\S/.test(text)) return indexed;
  return sql`${indexed} AND ${callInsights.transcriptDocument} @@ websearch_to_tsquery(${callInsights.transcriptConfig}, ${text})`;
}

/**
 * How well a call matches `text`, for the `relevance` sort: a match in the contact's name or a comment (what people
 * wrote about the call) outranks any transcript, whose own rank (ts_rank, damped by length) orders the rest. A real
 * (float4), so a cursor carries it exactly.
 */
export function relevance(text: string): SQL<number> {
  return sql<number>`((CASE WHEN ${calls.searchText} LIKE ${containsPattern(text.toLowerCase())} THEN 1 ELSE 0 END)
    + coalesce((SELECT ts_rank(${callInsights.transcriptDocument}, ${transcriptQuery(text)}, 1)
      FROM ${callInsights} WHERE ${callInsights.callId} = ${calls.id}), 0))::real`.mapWith(Number);
}

/** Calls whose conversation's overall sentiment is `sentiment`. */
export function sentimentIs(sentiment: SentimentValue): SQL {
  return sql`${calls.id} IN (SELECT ${callInsights.callId} FROM ${callInsights} WHERE ${callInsights.sentiment} = ${sentiment})`;
}

/** Calls whose conversation was about `topic` (topics are kept lower-cased). */
export function hasTopic(topic: string): SQL {
  return sql`${calls.id} IN (SELECT ${callInsights.callId} FROM ${callInsights} WHERE ${callInsights.topics} @> ARRAY[${topicOf(topic)}]::text[])`;
}
