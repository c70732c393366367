import type { AuditEntry as ApiAuditEntry } from '@switchboard/contracts';
import type { AppContext, FeatureHandlers } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import type { AuditEntry } from '../../store';
import { unixSeconds } from '../../time';

const invalidCursor = () =>
  new HttpError(400, 'bad_request', 'Invalid request — query.cursor: must be a cursor returned by a previous page', {
    fields: [{ field: 'query.cursor', rule: 'must be a cursor returned by a previous page' }],
  });

/** The cursor is the id the next page starts below, kept opaque to clients. */
const encodeCursor = (id: number) => Buffer.from(`audit:${id}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^audit:([1-9][0-9]{0,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw invalidCursor();
  return Number(match[1]);
}

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
      beforeId: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
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
        nextCursor: page.nextCursor === null ? null : encodeCursor(page.nextCursor),
      },
    };
  },
});
