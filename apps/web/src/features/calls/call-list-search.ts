import type { CallListQuery } from '@switchboard/contracts';
import type { SearchSchemaInput } from '@tanstack/react-router';

/** What z.coerce.number().int() accepts: anything Number() turns into a safe integer. */
function coerceInteger(value: unknown): number | undefined {
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

function integerIn(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const number = coerceInteger(value);
  return number !== undefined && number >= min && number <= max ? number : undefined;
}

/**
 * The /calls URL state, read exactly as contracts' `callListSearchSchema` reads it: a bad value falls back to its
 * default, so a hand-edited URL never breaks the page.
 *
 * Written by hand because `validateSearch` must run synchronously before the first render, and importing the zod
 * schema would put zod's classic API (~24 KB gzip) in the initial bundle, whose budget is 120 KB.
 * test/call-list-search.test.ts checks that both agree.
 */
export function parseCallListSearch(input: Partial<CallListQuery> & SearchSchemaInput): CallListQuery {
  // The parameter type tells links which fields they may omit (SearchSchemaInput marks it as such for the router);
  // the URL itself may hold anything.
  const search: Record<string, unknown> = input;
  return {
    page: integerIn(search.page ?? 1, 1) ?? 1,
    perPage: integerIn(search.perPage ?? 50, 1, 50) ?? 50,
    order: search.order === 'asc' ? 'asc' : 'desc',
    from: search.from === undefined ? undefined : integerIn(search.from, 0),
    to: search.to === undefined ? undefined : integerIn(search.to, 0),
  };
}

/** The /calls page's URL: the list query plus what only the page needs. */
export interface CallsPageSearch extends CallListQuery {
  /** Id of the call whose summary is open. */
  call?: number | undefined;
}

export function parseCallsPageSearch(input: Partial<CallsPageSearch> & SearchSchemaInput): CallsPageSearch {
  return { ...parseCallListSearch(input), call: integerIn(input.call, 1) };
}
