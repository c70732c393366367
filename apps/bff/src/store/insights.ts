import { eq, type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from './db';
import {
  type CallInsightRow,
  callInsights,
  calls,
  type InsightKind,
  insightKinds,
  type ParticipantSentiment,
  type SentimentValue,
  type StoredUtterance,
} from './schema';
import type { StoreClock } from './time';

/** One kind of a call's insights, as the mirror keeps it (normalised from Aircall's tolerant shapes). */
export type InsightPart =
  | { kind: 'transcription'; language: string | null; utterances: StoredUtterance[] }
  | { kind: 'summary'; summary: string }
  | { kind: 'sentiment'; sentiment: SentimentValue | null; participants: ParticipantSentiment[] }
  | { kind: 'topics'; topics: string[] }
  | { kind: 'action_items'; items: string[] };

export interface InsightAnalyticsQuery {
  /** started_at bounds, inclusive, UNIX seconds. */
  from: number;
  to: number;
  teamId?: number;
  direction?: 'inbound' | 'outbound';
}

export interface InsightAnalytics {
  topTopics: { topic: string; calls: number }[];
  byAgent: { userId: number; calls: number; negative: number }[];
  byTeam: { teamId: number; calls: number; negative: number }[];
}

export interface CallInsights {
  callId: number;
  transcript: { language: string | null; utterances: StoredUtterance[] } | null;
  summary: string | null;
  sentiment: { overall: SentimentValue | null; participants: ParticipantSentiment[] } | null;
  topics: string[] | null;
  actionItems: string[] | null;
  /** Kinds Aircall answered "none for this call" for. */
  unavailable: InsightKind[];
  /** When Aircall was asked (at most once per call); null when only webhooks filled it. */
  fetchedAt: Date | null;
}

/**
 * Stemming per transcript language (ISO 639-1, as Aircall's `language` starts). Every one of these is built into
 * PostgreSQL and PGlite alike; any other language is indexed without stemming ('simple').
 */
const configByLanguage: Record<string, string> = {
  da: 'danish',
  de: 'german',
  en: 'english',
  es: 'spanish',
  fi: 'finnish',
  fr: 'french',
  it: 'italian',
  nl: 'dutch',
  no: 'norwegian',
  nb: 'norwegian',
  pt: 'portuguese',
  sv: 'swedish',
};
const searchConfigs = [...new Set(Object.values(configByLanguage)), 'simple'];

export function textSearchConfig(language: string | null): string {
  const code = language?.toLowerCase().split(/[-_]/)[0] ?? '';
  return configByLanguage[code] ?? 'simple';
}

const configArray = sql.raw(`ARRAY[${searchConfigs.map((config) => `'${config}'`).join(', ')}]::regconfig[]`);

/**
 * The user's words (web-search syntax: "a phrase", or, -word) as one tsquery that matches a transcript in any of
 * the indexed languages: each language's stemming of the words, or-ed, duplicates dropped. NULL when the text holds
 * only stop words, which then match no transcript.
 */
export function transcriptQuery(text: string): SQL {
  return sql`(SELECT string_agg(DISTINCT '(' || query::text || ')', ' | ')::tsquery
    FROM (SELECT websearch_to_tsquery(config, ${text}) AS query FROM unnest(${configArray}) AS config) AS queries
    WHERE numnode(query) > 0)`;
}

export const topicOf = (topic: string) => topic.trim().toLowerCase();

/** The mirror's conversation intelligence: one row per call, each kind written and versioned on its own. */
export function createInsightsRepository(db: Database, clock: StoreClock) {
  function columnsOf(part: InsightPart): Partial<typeof callInsights.$inferInsert> {
    switch (part.kind) {
      case 'transcription':
        return {
          utterances: part.utterances,
          transcriptLanguage: part.language,
          transcriptConfig: textSearchConfig(part.language),
          transcriptText: part.utterances.map((utterance) => utterance.text).join('\n'),
        };
      case 'summary':
        return { summary: part.summary };
      case 'sentiment':
        return { sentiment: part.sentiment, participantSentiments: part.participants };
      case 'topics':
        return { topics: [...new Set(part.topics.map(topicOf).filter(Boolean))] };
      case 'action_items':
        return { actionItems: part.items };
    }
  }

  return {
    /**
     * Stores one kind of a call's insights. A delivery older than the one held (by `version`, epoch ms) changes
     * nothing; answers whether it was written.
     */
    async save(callId: number, part: InsightPart, version: number): Promise<boolean> {
      const columns = columnsOf(part);
      const set: Record<string, SQL> = Object.fromEntries(
        Object.keys(columns).map((property) => {
          const column = callInsights[property as keyof typeof columns];
          return [property, sql.raw(`excluded."${column.name}"`)];
        }),
      );
      const written = await db
        .insert(callInsights)
        .values({
          callId,
          ...columns,
          versions: { [part.kind]: version },
          updatedAt: new Date(clock.now()),
        })
        .onConflictDoUpdate({
          target: callInsights.callId,
          set: {
            ...set,
            versions: sql`${callInsights.versions} || excluded.versions`,
            unavailable: sql`array_remove(${callInsights.unavailable}, ${part.kind})`,
            updatedAt: sql`excluded.updated_at`,
          },
          setWhere: sql`coalesce((${callInsights.versions} ->> ${part.kind})::bigint, -1) <= ${version}`,
        })
        .returning({ callId: callInsights.callId });
      return written.length > 0;
    },

    /**
     * Records that Aircall was asked for this call's insights and answered "none" for `kinds` (those it holds
     * already are left as they are). The call is not asked again.
     */
    async markFetched(callId: number, unavailableKinds: InsightKind[]): Promise<void> {
      const kinds = `{${unavailableKinds.join(',')}}`;
      const now = new Date(clock.now());
      await db
        .insert(callInsights)
        .values({ callId, unavailable: unavailableKinds, fetchedAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: callInsights.callId,
          set: {
            // Only kinds still unknown: a webhook that arrived during the fetch wins.
            unavailable: sql`ARRAY(SELECT DISTINCT kind FROM unnest(${callInsights.unavailable} || ${kinds}::text[]) AS kind
              WHERE NOT ${callInsights.versions} ? kind)`,
            fetchedAt: sql`excluded.fetched_at`,
            updatedAt: sql`excluded.updated_at`,
          },
        });
    },

    async get(callId: number): Promise<CallInsights | undefined> {
      const [row] = await db.select().from(callInsights).where(eq(callInsights.callId, callId));
      return row && toInsights(row);
    },

    /**
     * Calls worth asking Aircall about once: finished, answered, recorded (Aircall analyses recordings only), ended
     * before `endedBefore` (insights take minutes to appear), started since `startedSince`, never asked, and missing
     * at least one kind. Newest first; answers each with the kinds still unknown.
     */
    async awaitingFetch(options: {
      startedSince: number;
      endedBefore: number;
      limit: number;
    }): Promise<{ callId: number; kinds: InsightKind[] }[]> {
      const rows = await queryRows<{ call_id: number; known: string[] | null }>(
        db,
        sql`SELECT c.id::float8 AS call_id,
              (SELECT array_agg(key) FROM jsonb_object_keys(i.versions) AS key) || i.unavailable AS known
            FROM ${calls} c LEFT JOIN ${callInsights} i ON i.call_id = c.id
            WHERE c.type = 'answered' AND c.started_at >= ${options.startedSince} AND c.ended_at < ${options.endedBefore}
              AND coalesce(c.data ->> 'recording', c.data ->> 'asset') IS NOT NULL
              AND i.fetched_at IS NULL
              AND coalesce(cardinality(i.unavailable), 0) + (SELECT count(*) FROM jsonb_object_keys(coalesce(i.versions, '{}'))) < ${insightKinds.length}
            ORDER BY c.started_at DESC, c.id DESC
            LIMIT ${Math.max(1, Math.trunc(options.limit))}`,
      );
      return rows.map((row) => {
        const known = new Set(row.known ?? []);
        return { callId: Number(row.call_id), kinds: insightKinds.filter((kind) => !known.has(kind)) };
      });
    },

    /**
     * For a text search's page: the passage of each call's transcript that matched, the matched words between
     * `marks.start` and `marks.end` (characters no transcript keeps: see the mirror's text cleaning).
     */
    async transcriptSnippets(callIds: number[], text: string): Promise<Map<number, string>> {
      if (callIds.length === 0) return new Map();
      const rows = await queryRows<{ call_id: number; snippet: string }>(
        db,
        sql`SELECT i.call_id::float8 AS call_id,
              ts_headline(i.transcript_config, i.transcript_text, q.query, ${headlineOptions}) AS snippet
            FROM ${callInsights} i, (SELECT ${transcriptQuery(text)} AS query) AS q
            WHERE i.call_id IN (${sql.join(
              callIds.map((id) => sql`${id}`),
              sql`, `,
            )}) AND i.transcript_document @@ q.query`,
      );
      return new Map(rows.map((row) => [Number(row.call_id), row.snippet]));
    },

    /**
     * The range's most frequent topics, and per agent and per team the calls whose conversation has a sentiment and
     * how many of them were negative. Calls started in [from, to], optionally of one team and one direction.
     */
    async analytics(query: InsightAnalyticsQuery): Promise<InsightAnalytics> {
      const conditions = sql.join(
        [
          sql`c.started_at BETWEEN ${query.from} AND ${query.to}`,
          query.teamId === undefined ? sql`true` : sql`c.team_ids @> ARRAY[${query.teamId}]::bigint[]`,
          query.direction === undefined ? sql`true` : sql`c.direction = ${query.direction}`,
        ],
        sql` AND `,
      );
      const joined = sql`${calls} c JOIN ${callInsights} i ON i.call_id = c.id`;
      const perCall = sql`count(*)::int AS calls, (count(*) FILTER (WHERE i.sentiment = 'negative'))::int AS negative`;
      const [topTopics, byAgent, byTeam] = await Promise.all([
        queryRows<{ topic: string; calls: number }>(
          db,
          sql`SELECT topic, count(*)::int AS calls FROM ${joined} CROSS JOIN LATERAL unnest(i.topics) AS topic
              WHERE ${conditions} GROUP BY topic ORDER BY calls DESC, topic LIMIT 10`,
        ),
        queryRows<{ user_id: number; calls: number; negative: number }>(
          db,
          sql`SELECT c.user_id, ${perCall} FROM ${joined}
              WHERE ${conditions} AND i.sentiment IS NOT NULL AND c.user_id IS NOT NULL
              GROUP BY c.user_id ORDER BY c.user_id`,
        ),
        queryRows<{ team_id: number; calls: number; negative: number }>(
          db,
          sql`SELECT team_id, ${perCall} FROM ${joined} CROSS JOIN LATERAL unnest(c.team_ids) AS team_id
              WHERE ${conditions} AND i.sentiment IS NOT NULL GROUP BY team_id ORDER BY team_id`,
        ),
      ]);
      return {
        topTopics,
        byAgent: byAgent.map((row) => ({ userId: row.user_id, calls: row.calls, negative: row.negative })),
        byTeam: byTeam.map((row) => ({ teamId: row.team_id, calls: row.calls, negative: row.negative })),
      };
    },

    async delete(callId: number): Promise<void> {
      await db.delete(callInsights).where(eq(callInsights.callId, callId));
    },
  };
}

/** Marks around the matched words in a snippet: control characters the mirror strips from every transcript. */
export const snippetMarks = { start: '\u0002', end: '\u0003' } as const;
const headlineOptions = `MaxFragments=1, MaxWords=22, MinWords=10, ShortWord=2, FragmentDelimiter=" … ", StartSel=${snippetMarks.start}, StopSel=${snippetMarks.end}`;

function toInsights(row: CallInsightRow): CallInsights {
  const has = (kind: InsightKind) => row.versions[kind] !== undefined;
  return {
    callId: row.callId,
    transcript: has('transcription') ? { language: row.transcriptLanguage, utterances: row.utterances ?? [] } : null,
    summary: has('summary') ? (row.summary ?? '') : null,
    sentiment: has('sentiment') ? { overall: row.sentiment, participants: row.participantSentiments ?? [] } : null,
    topics: has('topics') ? (row.topics ?? []) : null,
    actionItems: has('action_items') ? (row.actionItems ?? []) : null,
    unavailable: row.unavailable,
    fetchedAt: row.fetchedAt,
  };
}

export type InsightsRepository = ReturnType<typeof createInsightsRepository>;
