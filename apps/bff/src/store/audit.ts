import { and, count, desc, eq, gte, inArray, like, lt, max, or } from 'drizzle-orm';
import type { AccountRole } from './accounts';
import type { Database } from './db';
import { auditLog } from './schema';
import type { StoreClock } from './time';

export type AuditResult = (typeof auditLog.result.enumValues)[number];

export interface AuditEntryInput {
  /** Who acted; null when nobody was signed in (a failed login). */
  actor: { accountId: number; email: string; role: AccountRole } | null;
  /** The endpoint id, e.g. 'calls.transfer', 'accounts.disable'. */
  action: string;
  /** The path as requested, e.g. '/api/calls/812/transfers'. */
  path: string;
  result: AuditResult;
  /** The HTTP status answered. */
  status: number;
  errorCode: string | null;
  /** What was asked, without secrets or whole phone numbers: the caller summarises. */
  inputSummary?: Record<string, unknown> | null;
}

export type AuditEntry = typeof auditLog.$inferSelect;

export interface AuditListOptions {
  /** Entries per page: default 50, at most 200. */
  limit?: number;
  /** 1-based; ignored with `beforeId`. */
  page?: number;
  /** Entries older than this id (the `nextCursor` of the previous page). */
  beforeId?: number;
  accountId?: number;
  /** An endpoint id (`calls.transfer`), or its start (`calls`): every action under it. */
  action?: string;
  result?: AuditResult;
  /** Bounds on the entry's time, UNIX seconds, both included. */
  from?: number;
  to?: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Entries matching the filters, on every page. */
  total: number;
  hasNextPage: boolean;
  /** The id to pass as `beforeId` for the next page; null on the last one. */
  nextCursor: number | null;
}

export function createAuditRepository(db: Database, clock: StoreClock) {
  return {
    async record(entry: AuditEntryInput): Promise<AuditEntry> {
      const [row] = await db
        .insert(auditLog)
        .values({
          accountId: entry.actor?.accountId ?? null,
          actorEmail: entry.actor?.email ?? null,
          role: entry.actor?.role ?? null,
          action: entry.action,
          path: entry.path,
          inputSummary: entry.inputSummary ?? null,
          result: entry.result,
          status: entry.status,
          errorCode: entry.errorCode,
          at: clock.date(),
        })
        .returning();
      if (!row) throw new Error('audit insert returned no row');
      return row;
    },

    /** Newest first: pages by offset, or keyset from `beforeId`; the total counts every matching entry. */
    async list(options: AuditListOptions = {}): Promise<AuditPage> {
      const perPage = Math.min(Math.max(options.limit ?? 50, 1), 200);
      const filters = and(
        options.accountId === undefined ? undefined : eq(auditLog.accountId, options.accountId),
        options.action === undefined
          ? undefined
          : or(
              eq(auditLog.action, options.action),
              like(auditLog.action, `${options.action.replace(/[\\%_]/g, (character) => `\\${character}`)}.%`),
            ),
        options.result === undefined ? undefined : eq(auditLog.result, options.result),
        options.from === undefined ? undefined : gte(auditLog.at, new Date(options.from * 1000)),
        options.to === undefined ? undefined : lt(auditLog.at, new Date((options.to + 1) * 1000)),
      );
      const position = options.beforeId === undefined ? undefined : lt(auditLog.id, options.beforeId);
      const offset = options.beforeId === undefined ? ((options.page ?? 1) - 1) * perPage : 0;
      const [rows, totals] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .where(and(filters, position))
          .orderBy(desc(auditLog.id))
          .limit(perPage + 1)
          .offset(offset),
        db.select({ total: count() }).from(auditLog).where(filters),
      ]);
      const entries = rows.slice(0, perPage);
      const hasNextPage = rows.length > perPage;
      const last = entries.at(-1);
      return { entries, total: totals[0]?.total ?? 0, hasNextPage, nextCursor: hasNextPage && last ? last.id : null };
    },

    /** When each of these accounts last signed in (its newest successful `auth.login`); absent when never. */
    async lastSignIns(accountIds: readonly number[]): Promise<Map<number, Date>> {
      if (accountIds.length === 0) return new Map();
      const rows = await db
        .select({ accountId: auditLog.accountId, at: max(auditLog.at) })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'auth.login'),
            eq(auditLog.result, 'success'),
            inArray(auditLog.accountId, [...accountIds]),
          ),
        )
        .groupBy(auditLog.accountId);
      return new Map(
        rows.flatMap((row) => (row.accountId === null || row.at === null ? [] : [[row.accountId, row.at] as const])),
      );
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
