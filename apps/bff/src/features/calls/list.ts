import type { CallListQuery as ApiCallListQuery, CallListResponse } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { toCallRow } from '../../mirror/call-view';
import { onlyDigits } from '../../mirror/contact-view';
import type { CallListQuery, CallSort } from '../../store';
import { searchSnippets } from '../insights/service';
import type { CallMirror } from './mirror';

const fieldError = (field: string, rule: string, status = 400) =>
  new HttpError(status, status === 400 ? 'bad_request' : 'unprocessable', `Invalid request — ${field}: ${rule}`, {
    fields: [{ field, rule }],
  });

const sortColumns: Record<NonNullable<ApiCallListQuery['sort']>, CallSort> = {
  startedAt: 'started_at',
  duration: 'duration',
  talkTime: 'talk_time',
  relevance: 'relevance',
};

/**
 * The mirror matches calls on the external party's digits, not on a contact id (calls carry their contact only when
 * Aircall was asked for it): a contact's calls are those of its phone number.
 */
async function contactDigits(context: AppContext, contactId: number): Promise<string | null> {
  const contact = await context.store.contacts.get(contactId);
  if (!contact) throw new HttpError(404, 'not_found', `Contact ${contactId} is not in the mirror yet; open it first.`);
  const numbers = [...new Set(contact.phone_numbers.map((phone) => onlyDigits(phone.value)).filter(Boolean))];
  if (numbers.length > 1) {
    throw fieldError('query.contactId', 'this contact has several phone numbers: filter by one of them', 422);
  }
  return numbers[0] ?? null;
}

async function toStoreQuery(context: AppContext, query: ApiCallListQuery): Promise<CallListQuery | null> {
  // A text search ranks by relevance unless asked otherwise.
  const sort = sortColumns[query.sort ?? (query.q === undefined ? 'startedAt' : 'relevance')];
  let phone = query.phoneNumber;
  if (query.contactId !== undefined) {
    if (phone !== undefined) throw fieldError('query.contactId', 'use either contactId or phoneNumber, not both');
    const digits = await contactDigits(context, query.contactId);
    if (digits === null) return null;
    phone = digits;
  }
  return {
    direction: query.direction,
    types: query.type && [query.type],
    missedReasons: query.missedReason && [query.missedReason],
    userIds: query.agentId === undefined ? undefined : [query.agentId],
    teamIds: query.teamId === undefined ? undefined : [query.teamId],
    numberIds: query.numberId === undefined ? undefined : [query.numberId],
    tagIds: query.tagIds,
    tagMatch: query.tagMatch,
    archived: query.archived,
    from: query.from,
    to: query.to,
    minDuration: query.minDuration,
    maxDuration: query.maxDuration,
    phone,
    text: query.q,
    sentiment: query.sentiment,
    topic: query.topic,
    sort,
    order: query.order,
    perPage: query.perPage,
    page: query.page,
    cursor: query.cursor,
  };
}

/** calls.list: a filtered, sorted page straight from the mirror; Aircall is not asked. */
export function callListHandlers(context: AppContext, mirror: CallMirror): Pick<HandlerMap, 'calls.list'> {
  return {
    'calls.list': async ({ query }): Promise<CallListResponse> => {
      const storeQuery = await toStoreQuery(context, query);
      const meta = { page: query.page, perPage: query.perPage };
      if (!storeQuery) return { calls: [], meta: { ...meta, total: 0, hasNextPage: false, nextCursor: null } };
      // The page first: it tells the store which tags version it read, so names beside it are never older.
      const page = await context.store.calls.list(storeQuery);
      const tags = await mirror.tagLookup();
      const snippets = query.q === undefined ? undefined : await searchSnippets(context, page.calls, query.q);
      return {
        calls: page.calls.map((call) => ({ ...toCallRow(call, tags), snippet: snippets?.get(call.id) ?? null })),
        meta: { ...meta, total: page.total ?? 0, hasNextPage: page.hasNextPage, nextCursor: page.nextCursor },
      };
    },
  };
}
