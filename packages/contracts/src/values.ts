/*
 * The contracts' plain values: role lists, limits and the values of list filters. No zod here, so the SPA's entry
 * chunk can import them (`@switchboard/contracts/values`) to check its URLs synchronously while the zod schemas load
 * lazily; the schemas are built from the same lists.
 */

/** Dashboard roles, least privileged first: each role may do everything the one before it may. */
export const roles = ['agent', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];

export const everyone = ['agent', 'supervisor', 'admin'] as const satisfies readonly Role[];
export const supervisors = ['supervisor', 'admin'] as const satisfies readonly Role[];
export const admins = ['admin'] as const satisfies readonly Role[];

/** Limits Aircall enforces (reference) and the few we add; the UI explains them before the user hits them. */
export const limits = {
  /** Aircall: "a Call can have a maximum of five" comments. */
  commentsPerCall: 5,
  /** Ours: Aircall states no length; a note longer than this is a document, not a call note. */
  commentLength: 1000,
  /** Aircall: a ringing call may only be transferred to a team of 25 users or less. */
  teamSizeForRingingTransfer: 25,
  /** Aircall: team names are unique and at most 64 characters. */
  teamNameLength: 64,
  /** Aircall: a contact holds at most 20 phone numbers and 20 emails. */
  contactDetails: 20,
  /** Aircall: contact names and company name can't exceed 255 characters. */
  contactNameLength: 255,
  /** Ours: tag names show as chips. */
  tagNameLength: 64,
  /** Ours: an insight card is read at a glance on the agent's phone. */
  insightCardLines: 20,
  insightCardTextLength: 255,
  /** Ours: wrap-up time is at most one hour (Aircall states no maximum). */
  wrapUpTimeSeconds: 3600,
  /** Ours: numbers per dialer-campaign request, and calls per bulk job. */
  phoneNumbersPerRequest: 1000,
  callsPerBulkJob: 500,
  /** Our mirror serves pages of up to 100 rows (Aircall itself stops at 50). */
  perPage: 100,
  /** Aircall keeps 3 months of call history. */
  rangeDays: 92,
  /** Ids in one list filter (`tagIds=1,2,…`). */
  idsPerFilter: 50,
  /** Free-text search: at least 2 characters, at most 100. */
  searchTextMin: 2,
  searchTextMax: 100,
} as const;

/**
 * Bounds of every number the API accepts. Aircall's ids are stored as 64-bit integers and read into JavaScript
 * numbers, which are exact up to 2^53 − 1; our own ids (dashboard accounts) are 32-bit; times are UNIX seconds held
 * in 32 bits (up to 2038-01-19).
 */
export const numberBounds = {
  aircallId: Number.MAX_SAFE_INTEGER,
  ownId: 2 ** 31 - 1,
  unixSeconds: 2 ** 31 - 1,
  /** A call's duration in seconds (Aircall's integer column). */
  seconds: 2 ** 31 - 1,
  /** Pages past this are never useful: a cursor or a filter reaches further. */
  page: 100_000,
} as const;

export const sortOrders = ['asc', 'desc'] as const;

/** Digits of a phone number typed in any format, as list filters take them. */
export const phoneDigitsPattern = /^\+?[\d\s().-]{3,30}$/;

export const callDirections = ['inbound', 'outbound'] as const;

/** Why Aircall counts an inbound call as missed (reference: `missed_call_reason`). */
export const missedCallReasons = [
  'out_of_opening_hours',
  'short_abandoned',
  'abandoned_in_ivr',
  'abandoned_in_classic',
  'no_available_agent',
  'agents_did_not_answer',
] as const;

export const callTypes = ['answered', 'missed', 'voicemail', 'abandoned'] as const;
export const callSortFields = ['startedAt', 'duration', 'talkTime', 'relevance'] as const;
/** Aircall AI Assist's reading of a conversation's tone. */
export const sentiments = ['positive', 'neutral', 'negative'] as const;
export const tagMatches = ['any', 'all'] as const;

/** What the agent is doing right now (reference: the Availability table), pushed live by webhooks. */
/** The live board's time spans: the last 15 minutes, the last hour, today since midnight in the company's zone. */
export const boardSpans = ['15m', '1h', 'today'] as const;

/** Board tiles coloured by thresholds: past `warn` amber, past `alert` red. */
export const boardMetrics = ['serviceLevel', 'asa', 'aht', 'abandonRate', 'waiting', 'longestWait'] as const;
export type BoardMetric = (typeof boardMetrics)[number];
/** Service level is the only figure where lower is worse; the others (seconds, counts, shares) grow worse. */
export const lowerIsWorse: Readonly<Record<BoardMetric, boolean>> = {
  serviceLevel: true,
  asa: false,
  aht: false,
  abandonRate: false,
  waiting: false,
  longestWait: false,
};

export const availabilities = ['available', 'offline', 'do_not_disturb', 'in_call', 'after_call_work'] as const;
export const userSortFields = ['name', 'availability'] as const;

export const auditResults = ['success', 'failure', 'denied'] as const;
