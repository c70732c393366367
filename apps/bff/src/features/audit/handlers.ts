import type { AuditEntry as ApiAuditEntry } from '@switchboard/contracts';
import { z } from 'zod';
import type { AppContext, FeatureHandlers } from '../../context';
import { cursorCodec, cursorValues } from '../../cursor';
import type { HandlerMap } from '../../http/endpoints';
import type { AuditEntry } from '../../store';
import { unixSeconds } from '../../time';

/** The cursor holds the id the next page starts below. */
const auditCursor = cursorCodec(z.tuple([z.literal('audit'), cursorValues.aircallId]));

function toEntry(row: AuditEntry): ApiAuditEntry {
  return {
    id: row.id,
    at: unixSeconds(row.at),
    // An account deleted since keeps its email in the row but no longer has an id to show.
    account:
      row.accountId !== null && row.actorEmail !== null && row.role !== null
        ? { id: row.accountId, email: row.actorEmail, role: row.role }
        : null,
    action: row.action,
    path: row.path,
    result: row.result,
    status: row.status,
    errorCode: row.errorCode,
    details: row.inputSummary,
  };
}

/** audit.list: the audit log, newest first, for admins. */
export const auditHandlers: FeatureHandlers = (context: AppContext): Pick<HandlerMap, 'audit.list'> => ({
  'audit.list': async ({ query }) => {
    const page = await context.store.audit.list({
      limit: query.perPage,
      page: query.page,
      beforeId: query.cursor === undefined ? undefined : auditCursor.decode(query.cursor)[1],
      accountId: query.accountId,
      action: query.action,
      result: query.result,
      from: query.from,
      to: query.to,
    });
    return {
      entries: page.entries.map(toEntry),
      meta: {
        page: query.page,
        perPage: query.perPage,
        total: page.total,
        hasNextPage: page.hasNextPage,
        nextCursor: page.nextCursor === null ? null : auditCursor.encode(['audit', page.nextCursor]),
      },
    };
  },
});
