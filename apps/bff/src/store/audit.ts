import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { AccountRole } from './accounts';
import type { Database } from './db';
import { auditLog } from './schema';
import type { StoreClock } from './time';

export interface AuditEntryInput {
  /** Null when the account was deleted since (the email stays). */
  accountId: number | null;
  actorEmail: string;
  role: AccountRole;
  /** e.g. 'calls.transfer', 'accounts.disable'. */
  action: string;
  /** e.g. 'call:812'. */
  target?: string | null;
  /** What was asked, without secrets or whole phone numbers: the caller summarises. */
  inputSummary?: Record<string, unknown> | null;
  result: { ok: true } | { ok: false; errorCode: string };
}

export type AuditEntry = typeof auditLog.$inferSelect;

export interface AuditListOptions {
  limit?: number;
  /** Entries older than this id (the `nextCursor` of the previous page). */
  beforeId?: number;
  accountId?: number;
  action?: string;
}

export function createAuditRepository(db: Database, clock: StoreClock) {
  return {
    async record(entry: AuditEntryInput): Promise<AuditEntry> {
      const [row] = await db
        .insert(auditLog)
        .values({
          accountId: entry.accountId,
          actorEmail: entry.actorEmail,
          role: entry.role,
          action: entry.action,
          target: entry.target ?? null,
          inputSummary: entry.inputSummary ?? null,
          ok: entry.result.ok,
          errorCode: entry.result.ok ? null : entry.result.errorCode,
          at: clock.date(),
        })
        .returning();
      if (!row) throw new Error('audit insert returned no row');
      return row;
    },

    /** Newest first, keyset-paginated by id. */
    async list(options: AuditListOptions = {}): Promise<{ entries: AuditEntry[]; nextCursor: number | null }> {
      const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
      const conditions: SQL[] = [];
      if (options.beforeId !== undefined) conditions.push(lt(auditLog.id, options.beforeId));
      if (options.accountId !== undefined) conditions.push(eq(auditLog.accountId, options.accountId));
      if (options.action !== undefined) conditions.push(eq(auditLog.action, options.action));
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(...conditions))
        .orderBy(desc(auditLog.id))
        .limit(limit + 1);
      const entries = rows.slice(0, limit);
      const last = entries.at(-1);
      return { entries, nextCursor: rows.length > limit && last ? last.id : null };
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
