import type { CallListQuery } from '@switchboard/contracts';
import type { SearchSchemaInput } from '@tanstack/react-router';

/** What links may put in the /calls URL: the list query, plus the call whose summary is open. */
export type CallsPageSearchInput = Partial<CallListQuery> & { call?: number | undefined };

/** The /calls URL as the router holds it: list fields not validated yet (see `readCallsPageSearch`). */
export type CallsPageSearch = { [K in keyof CallListQuery]?: unknown } & { call?: number | undefined };

/**
 * The route's `validateSearch`. It must run synchronously before the first render, while the contracts' zod schemas
 * (zod's classic API: ~25 KB gzip, a fifth of the 120 KB initial-JS budget) load lazily; so here it only keeps the
 * URL's values, and the loader validates the list fields with `callListSearchSchema` before anything reads them.
 */
export function readCallsPageSearch(input: CallsPageSearchInput & SearchSchemaInput): CallsPageSearch {
  const { call, ...list } = input as Record<string, unknown>;
  const callId = Number(call);
  return { ...list, call: Number.isSafeInteger(callId) && callId > 0 ? callId : undefined };
}

/** The list fields of the URL, for the loader to validate; the open summary does not change the list. */
export function listSearchOf({ call: _call, ...list }: CallsPageSearch): Record<string, unknown> {
  return list;
}
