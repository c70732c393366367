import type {
  DialerCampaign as AircallDialerCampaign,
  DialerPhoneNumber as AircallDialerPhoneNumber,
  AircallNumber,
  BucketState,
  Call,
  Contact,
  Grant,
  Tag,
  Team,
  User,
} from '@switchboard/aircall';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { jsonb, text } from './storable';

/**
 * The BFF's whole database. Aircall times (calls, comments, tags) stay UNIX seconds as Aircall sends them; our own
 * bookkeeping uses timestamptz; budget and lease clocks are epoch milliseconds because their logic is arithmetic.
 * Run `pnpm exec drizzle-kit generate` in apps/bff after changing this file.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const epochMs = (name: string) => bigint(name, { mode: 'number' });
/** Aircall's ids grow past 32 bits: 64-bit columns, read back as JavaScript numbers (exact up to 2^53 − 1). */
const aircallId = (name: string) => bigint(name, { mode: 'number' });

// ---------------------------------------------------------------- dashboard accounts

export const accountRole = pgEnum('account_role', ['agent', 'supervisor', 'admin']);

export const accounts = pgTable(
  'accounts',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: accountRole('role').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    aircallUserId: aircallId('aircall_user_id'),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull(),
  },
  (table) => [uniqueIndex('accounts_email_lower_key').on(sql`lower(${table.email})`)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie value: a copy of this table opens no session. */
    tokenHash: text('token_hash').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: at('last_seen_at').notNull(),
    idleTimeoutMs: integer('idle_timeout_ms').notNull(),
    idleExpiresAt: at('idle_expires_at').notNull(),
    absoluteExpiresAt: at('absolute_expires_at').notNull(),
  },
  (table) => [index('sessions_account_idx').on(table.accountId), index('sessions_idle_idx').on(table.idleExpiresAt)],
);

/** One row per failed login; counted over a sliding window per email and per IP. */
/** Sign-in attempts per key (`account:<email>`, `client:<ip>`), counted before each check; see login-throttle.ts. */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  attempts: integer('attempts').notNull(),
  lastAt: at('last_at').notNull(),
});

/** denied: the role check refused it; failure: it was tried and failed. */
export const auditResult = pgEnum('audit_result', ['success', 'failure', 'denied']);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Null when nobody was signed in (a failed login) or the account was deleted since (the email stays). */
    accountId: integer('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    actorEmail: text('actor_email'),
    role: accountRole('role'),
    action: text('action').notNull(),
    /** The path as requested, e.g. /api/calls/812/transfers. */
    path: text('path').notNull(),
    inputSummary: jsonb('input_summary').$type<Record<string, unknown>>(),
    result: auditResult('result').notNull(),
    /** The HTTP status answered. */
    status: smallint('status').notNull(),
    errorCode: text('error_code'),
    at: at('at').notNull(),
  },
  (table) => [
    index('audit_log_account_idx').on(table.accountId, table.id),
    index('audit_log_action_idx').on(table.action, table.id),
    index('audit_log_at_idx').on(table.at),
  ],
);

// ---------------------------------------------------------------- the Aircall mirror

export const callType = pgEnum('call_type', ['answered', 'missed', 'voicemail', 'abandoned']);

export const calls = pgTable(
  'calls',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    /** The whole call as Aircall last sent it. */
    data: jsonb('data').$type<Call>().notNull(),
    direction: text('direction').$type<Call['direction']>().notNull(),
    status: text('status').$type<Call['status']>().notNull(),
    /** initial 0 < answered 1 < done 2: a call never goes back, whatever order its events arrive in. */
    statusRank: smallint('status_rank').notNull(),
    /** Null while the call is ringing or going on. */
    type: callType('type'),
    missedCallReason: text('missed_call_reason'),
    userId: aircallId('user_id'),
    numberId: aircallId('number_id'),
    teamIds: aircallId('team_ids').array().notNull(),
    tagIds: aircallId('tag_ids').array().notNull(),
    archived: boolean('archived').notNull(),
    startedAt: integer('started_at').notNull(),
    answeredAt: integer('answered_at'),
    endedAt: integer('ended_at'),
    /** Seconds from start to end; null until the call has ended (Aircall sends none before). */
    duration: integer('duration'),
    /** ended_at − answered_at of a finished answered call, else 0: sortable talking time. */
    talkTime: integer('talk_time').notNull().default(0),
    /** Only the digits of raw_digits, for "number contains" search. */
    digits: text('digits').notNull(),
    contactName: text('contact_name'),
    /** Lower-cased contact name and comments, trigram-indexed for free-text search. */
    searchText: text('search_text').notNull(),
    /** When Aircall produced this state (webhook timestamp or fetch time); an upsert never goes back in time. */
    sourceUpdatedAt: epochMs('source_updated_at').notNull(),
  },
  (table) => [
    index('calls_started_idx').on(table.startedAt, table.id),
    // Sorting by duration puts calls still going on with the shortest (callsRepository's sort expression).
    index('calls_duration_idx').on(sql`coalesce(${table.duration}, 0)`, table.id),
    index('calls_talk_time_idx').on(table.talkTime, table.id),
    index('calls_direction_idx').on(table.direction, table.startedAt, table.id),
    index('calls_type_idx').on(table.type, table.startedAt, table.id),
    index('calls_missed_reason_idx').on(table.missedCallReason, table.startedAt, table.id),
    index('calls_user_idx').on(table.userId, table.startedAt, table.id),
    index('calls_number_idx').on(table.numberId, table.startedAt, table.id),
    index('calls_archived_idx').on(table.archived, table.startedAt, table.id),
    index('calls_team_ids_idx').using('gin', table.teamIds),
    index('calls_tag_ids_idx').using('gin', table.tagIds),
    index('calls_digits_trgm_idx').using('gin', table.digits.op('gin_trgm_ops')),
    index('calls_search_trgm_idx').using('gin', table.searchText.op('gin_trgm_ops')),
  ],
);

/** A call's timeline: one row per distinct webhook event. */
export const callEvents = pgTable(
  'call_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    callId: bigint('call_id', { mode: 'number' }).notNull(),
    event: text('event').notNull(),
    /** UNIX seconds, as Aircall stamps the event. */
    at: integer('at').notNull(),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
  },
  (table) => [uniqueIndex('call_events_dedup_key').on(table.callId, table.event, table.at)],
);

export const users = pgTable('users', {
  id: aircallId('id').primaryKey(),
  data: jsonb('data').$type<User>().notNull(),
  name: text('name').notNull(),
  email: text('email').notNull(),
  available: boolean('available').notNull(),
  availabilityStatus: text('availability_status').notNull(),
  /** The granular status of /users/availabilities (in_call, after_call_work, …), when known. */
  availability: text('availability'),
  /** When `availability` last changed, UNIX seconds. */
  availabilitySince: integer('availability_since'),
  sourceUpdatedAt: epochMs('source_updated_at').notNull(),
});

/**
 * A team without its members (kept in team_members). Not `Omit`: over Aircall's open objects (an index signature)
 * it would keep only the index signature and lose the named fields.
 */
export type TeamData = { [Key in keyof Team as Key extends 'users' ? never : Key]: Team[Key] };

export const teams = pgTable('teams', {
  id: aircallId('id').primaryKey(),
  data: jsonb('data').$type<TeamData>().notNull(),
  name: text('name').notNull(),
  sourceUpdatedAt: epochMs('source_updated_at').notNull(),
});

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: aircallId('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: aircallId('user_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.userId] }), index('team_members_user_idx').on(table.userId)],
);

export const numbers = pgTable('numbers', {
  id: aircallId('id').primaryKey(),
  data: jsonb('data').$type<AircallNumber>().notNull(),
  name: text('name').notNull(),
  digits: text('digits').notNull(),
  sourceUpdatedAt: epochMs('source_updated_at').notNull(),
});

export const tags = pgTable('tags', {
  id: aircallId('id').primaryKey(),
  data: jsonb('data').$type<Tag>().notNull(),
  name: text('name').notNull(),
  color: text('color').notNull(),
  sourceUpdatedAt: epochMs('source_updated_at').notNull(),
});

export const contacts = pgTable(
  'contacts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    data: jsonb('data').$type<Contact>().notNull(),
    /** Lower-cased names, company, emails and phone digits. */
    searchText: text('search_text').notNull(),
    sourceUpdatedAt: epochMs('source_updated_at').notNull(),
  },
  (table) => [index('contacts_search_trgm_idx').using('gin', table.searchText.op('gin_trgm_ops'))],
);

/**
 * Deletes Aircall told us of (users, teams, numbers, tags, contacts), with their time: an update older than the
 * delete never brings the row back, and a delete older than the row's state removes nothing (see directory.ts).
 */
export const tombstones = pgTable(
  'tombstones',
  {
    resource: text('resource').notNull(),
    id: aircallId('id').notNull(),
    deletedAt: epochMs('deleted_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.resource, table.id] })],
);

/** A text search configuration's name ('english', 'simple' …): the stemming a transcript is indexed with. */
const regconfig = customType<{ data: string }>({ dataType: () => 'regconfig' });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The kinds of conversation intelligence Aircall produces per call, by the name of their resource. */
export const insightKinds = ['transcription', 'summary', 'sentiment', 'topics', 'action_items'] as const;
export type InsightKind = (typeof insightKinds)[number];

export type Speaker = 'agent' | 'external';
export type SentimentValue = 'positive' | 'neutral' | 'negative';

export interface StoredUtterance {
  speaker: Speaker;
  /** The Aircall user speaking, for an agent. */
  userId: number | null;
  /** From the start of the recording. */
  offsetMs: number;
  durationMs: number | null;
  text: string;
}

export interface ParticipantSentiment {
  speaker: Speaker;
  userId: number | null;
  sentiment: SentimentValue;
}

/**
 * A call's conversation intelligence, one row per call. Each kind arrives on its own (webhook or one fetch) and is
 * versioned on its own in `versions`; `unavailable` lists the kinds Aircall answered "none for this call" for.
 */
export const callInsights = pgTable(
  'call_insights',
  {
    callId: bigint('call_id', { mode: 'number' }).primaryKey(),
    utterances: jsonb('utterances').$type<StoredUtterance[]>(),
    /** As Aircall names it, e.g. en-US. */
    transcriptLanguage: text('transcript_language'),
    /** The stemming the transcript is indexed with, from its language ('simple' when unknown). */
    transcriptConfig: regconfig('transcript_config').notNull().default(sql`'simple'::regconfig`),
    /** The utterances' text, one per line: what snippets quote. */
    transcriptText: text('transcript_text'),
    transcriptDocument: tsvector('transcript_document').generatedAlwaysAs(
      sql`to_tsvector("transcript_config", coalesce("transcript_text", ''))`,
    ),
    summary: text('summary'),
    sentiment: text('sentiment').$type<SentimentValue>(),
    participantSentiments: jsonb('participant_sentiments').$type<ParticipantSentiment[]>(),
    /** Lower-cased. */
    topics: text('topics').array(),
    actionItems: jsonb('action_items').$type<string[]>(),
    unavailable: text('unavailable').array().$type<InsightKind[]>().notNull().default(sql`'{}'`),
    /** Epoch ms of the state each kind holds: an older delivery never replaces a newer one. */
    versions: jsonb('versions').$type<Partial<Record<InsightKind, number>>>().notNull().default(sql`'{}'::jsonb`),
    /** When Aircall was asked for this call's insights (at most once). */
    fetchedAt: at('fetched_at'),
    updatedAt: at('updated_at').notNull(),
  },
  (table) => [
    index('call_insights_document_idx').using('gin', table.transcriptDocument),
    index('call_insights_topics_idx').using('gin', table.topics),
    index('call_insights_sentiment_idx').on(table.sentiment),
  ],
);
export type CallInsightRow = typeof callInsights.$inferSelect;

// ---------------------------------------------------------------- the company's own settings

/** One row (id 1): the settings an admin saved, as the contracts' CompanySettings. */
export const companySettings = pgTable('company_settings', {
  id: smallint('id').primaryKey().default(1),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  updatedAt: at('updated_at').notNull(),
});

// ---------------------------------------------------------------- webhooks, sync, jobs

export const webhookInbox = pgTable(
  'webhook_inbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dedupKey: text('dedup_key').notNull(),
    event: text('event').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    receivedAt: at('received_at').notNull(),
    appliedAt: at('applied_at'),
    attempts: integer('attempts').notNull().default(0),
    /** A worker that claimed the row owns it until then; after that (a crash) another worker may take it. */
    claimedUntil: at('claimed_until'),
    error: text('error'),
  },
  (table) => [
    uniqueIndex('webhook_inbox_dedup_key').on(table.dedupKey),
    index('webhook_inbox_pending_idx').on(table.id).where(sql`${table.appliedAt} IS NULL`),
  ],
);

export const syncCheckpoints = pgTable('sync_checkpoints', {
  resource: text('resource').primaryKey(),
  /** The window being synced, UNIX seconds (Aircall's from/to). */
  windowFrom: integer('window_from'),
  windowTo: integer('window_to'),
  /** Next page to fetch inside the window. */
  page: integer('page'),
  cursor: text('cursor'),
  backfillDone: boolean('backfill_done').notNull().default(false),
  itemsSynced: integer('items_synced').notNull().default(0),
  lastRunAt: at('last_run_at'),
  lastSuccessAt: at('last_success_at'),
  error: text('error'),
});

export const jobStatus = pgEnum('job_status', ['queued', 'running', 'succeeded', 'failed', 'cancelled']);

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    status: jobStatus('status').notNull(),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    input: jsonb('input'),
    /** One entry per processed item, in processing order. */
    results: jsonb('results').$type<JobItemResult[]>().notNull(),
    accountId: integer('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    /** Why the job as a whole failed (its runner stopped), beside the items' own errors. */
    error: text('error'),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull(),
    finishedAt: at('finished_at'),
  },
  (table) => [index('jobs_created_idx').on(table.createdAt)],
);

export interface JobItemResult {
  item: string;
  ok: boolean;
  error?: string;
}

/** Our webhook on Aircall's side; its token never leaves the server. One row per name (normally one). */
export const webhookRegistrations = pgTable('webhook_registration', {
  name: text('name').primaryKey(),
  webhookId: text('webhook_id').notNull(),
  url: text('url').notNull(),
  token: text('token').notNull(),
  active: boolean('active').notNull(),
  updatedAt: at('updated_at').notNull(),
});

// ---------------------------------------------------------------- sharing between instances

/**
 * One row per cached table: its version grows with every statement that writes the table (a trigger bumps it and
 * NOTIFYs `switchboard_cache`), so an instance knows whether what it cached is current.
 */
export const cacheVersions = pgTable('cache_versions', {
  name: text('name').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});

/** The client's rolling-window budget (see @switchboard/aircall BucketState), one row per budget. */
export const budgetState = pgTable('budget_state', {
  key: text('key').primaryKey(),
  sent: jsonb('sent').$type<Grant[]>().notNull().default([]),
  aircall: jsonb('aircall').$type<BucketState['aircall']>(),
  cooldownUntil: epochMs('cooldown_until').notNull(),
  yieldUntil: epochMs('yield_until').notNull().default(0),
});

/** Live events for SSE; ids only grow, so a client resumes with Last-Event-ID. */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    at: at('at').notNull(),
  },
  (table) => [index('events_at_idx').on(table.at)],
);

export const leases = pgTable('leases', {
  name: text('name').primaryKey(),
  holderId: text('holder_id').notNull(),
  acquiredAt: epochMs('acquired_at').notNull(),
  expiresAt: epochMs('expires_at').notNull(),
});

// ---------------------------------------------------------------- write-through repairs

/** What the mirror could not take of a change Aircall accepted: the sync reads each again from Aircall. */
export const mirrorRepairs = pgTable(
  'mirror_repairs',
  {
    /** A mirrored resource: calls, contacts, dialerCampaigns (by user id), users, teams, numbers or tags. */
    resource: text('resource').notNull(),
    id: bigint('id', { mode: 'number' }).notNull(),
    /** The endpoint whose change it was (never the error text: it may quote input). */
    endpoint: text('endpoint').notNull(),
    recordedAt: at('recorded_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.resource, table.id] })],
);

// ---------------------------------------------------------------- dialer campaigns

/**
 * Each user's Power Dialer campaign as last read or changed (Aircall lists no campaigns: the sync reads them user by
 * user). A row without a campaign remembers that the user has none.
 */
export const dialerCampaigns = pgTable('dialer_campaigns', {
  userId: bigint('user_id', { mode: 'number' }).primaryKey(),
  campaign: jsonb('campaign').$type<AircallDialerCampaign>(),
  numbers: jsonb('numbers').$type<AircallDialerPhoneNumber[]>().notNull(),
  sourceUpdatedAt: epochMs('source_updated_at').notNull(),
});
