import type { CallDetail, CallListQuery, CallListResponse, CallRow } from '@switchboard/contracts';
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export const callKeys = {
  all: ['calls'] as const,
  lists: () => [...callKeys.all, 'list'] as const,
  list: (query: CallListQuery) => [...callKeys.lists(), query] as const,
  live: () => [...callKeys.all, 'live'] as const,
  details: () => [...callKeys.all, 'detail'] as const,
  detail: (callId: number) => [...callKeys.details(), callId] as const,
};

/** One page of the call list; the route loader ensures it, the page reads it with useSuspenseQuery. */
export function callsQuery(query: CallListQuery) {
  return queryOptions({
    queryKey: callKeys.list(query),
    queryFn: ({ signal }) => api('calls.list', { query, signal }),
  });
}

/** Everything the call page shows: timeline, comments, tags, contact. */
export function callQuery(callId: number) {
  return queryOptions({
    queryKey: callKeys.detail(callId),
    queryFn: async ({ signal }) => (await api('calls.get', { params: { callId }, signal })).call,
  });
}

/** Ringing or ongoing: what /live shows. */
export const isLive = (call: Pick<CallRow, 'status'>) => call.status !== 'done';

/** How far back /live looks for calls still going (a call lasting longer is rare; the events add it anyway). */
const liveWindowSeconds = 4 * 3600;

/**
 * Ringing and ongoing calls: the newest calls of the last hours, minus the ended ones. The BFF has no "live"
 * filter, so we take one page of recent calls; `call.upserted` events keep it current afterwards.
 */
export function liveCallsQuery(nowMs: number) {
  return queryOptions({
    queryKey: callKeys.live(),
    queryFn: async ({ signal }) => {
      const from = Math.floor(nowMs / 1000) - liveWindowSeconds;
      const { calls } = await api('calls.list', { query: { from, perPage: 100, order: 'desc' }, signal });
      return calls.filter(isLive);
    },
  });
}

/** The list's view of a call page's data (the row embeds the contact by name only). */
export function toCallRow(call: CallDetail): CallRow {
  const { comments: _comments, timeline: _timeline, contact, ...row } = call;
  return { ...row, contact: contact ? { id: contact.id, name: contact.displayName } : null };
}

/** Puts a call's newest state in every cached list page that shows it; returns whether any did. */
export function patchCallInLists(queryClient: QueryClient, call: Pick<CallRow, 'id'> & Partial<CallRow>): boolean {
  let found = false;
  queryClient.setQueriesData<CallListResponse>({ queryKey: callKeys.lists() }, (page) => {
    if (!page?.calls.some((row) => row.id === call.id)) return page;
    found = true;
    return { ...page, calls: page.calls.map((row) => (row.id === call.id ? { ...row, ...call } : row)) };
  });
  return found;
}

/** A call page's data changed (a mutation answered): the page and every list agree at once. */
export function storeCallDetail(queryClient: QueryClient, call: CallDetail): void {
  queryClient.setQueryData(callKeys.detail(call.id), call);
  patchCallInLists(queryClient, toCallRow(call));
}

/**
 * Only the newest-first, unfiltered first page can take a new call without asking the BFF: anywhere else we could
 * not tell whether it matches or where it goes, so those pages refetch when next shown.
 */
function showsNewCalls(query: CallListQuery, call: CallRow): boolean {
  const { page, perPage: _perPage, order, sort, cursor, from, archived, ...filters } = query;
  const filtered = Object.values(filters).some((value) => value !== undefined);
  return (
    page === 1 &&
    cursor === undefined &&
    order === 'desc' &&
    (sort === undefined || sort === 'startedAt') &&
    archived !== true &&
    !filtered &&
    (from === undefined || call.startedAt >= from)
  );
}

/** A `call.upserted` event: update the rows that show it, put a new call on top of the live first pages. */
export function applyCallEvent(queryClient: QueryClient, call: CallRow): void {
  const known = patchCallInLists(queryClient, call);
  if (!known) {
    for (const query of queryClient.getQueryCache().findAll({ queryKey: callKeys.lists() })) {
      const listQuery = query.queryKey[2] as CallListQuery;
      const page = query.state.data as CallListResponse | undefined;
      if (!page) continue;
      if (showsNewCalls(listQuery, call)) {
        queryClient.setQueryData<CallListResponse>(query.queryKey, {
          calls: [call, ...page.calls].slice(0, listQuery.perPage),
          meta: {
            ...page.meta,
            total: page.meta.total + 1,
            hasNextPage: page.meta.hasNextPage || page.calls.length >= listQuery.perPage,
          },
        });
      } else {
        void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true, refetchType: 'none' });
      }
    }
  }
  queryClient.setQueryData<CallRow[]>(callKeys.live(), (live) => {
    if (!live) return live;
    const others = live.filter((row) => row.id !== call.id);
    return isLive(call) ? [call, ...others].sort((a, b) => b.startedAt - a.startedAt) : others;
  });
  void queryClient.invalidateQueries({ queryKey: callKeys.detail(call.id) });
}
