import {
  callDirections,
  callSortFields,
  callTypes,
  limits,
  missedCallReasons,
  phoneDigitsPattern,
  sentiments,
  tagMatches,
} from '@switchboard/contracts/values';
import { paginationFields, searchRules, sortOrderField, urlFields, urlSearch } from '../../lib/url-search';

/**
 * The /calls URL: the list query the BFF filters by (the same fields and rules as contracts' `callListQuery…`), plus
 * the call whose summary is open.
 */
export const validateCallsSearch = urlSearch(
  {
    ...paginationFields,
    order: sortOrderField('desc'),
    sort: urlFields.oneOf(callSortFields),
    from: urlFields.unixSeconds(),
    to: urlFields.unixSeconds(),
    minDuration: urlFields.seconds(),
    maxDuration: urlFields.seconds(),
    direction: urlFields.oneOf(callDirections),
    type: urlFields.oneOf(callTypes),
    missedReason: urlFields.oneOf(missedCallReasons),
    agentId: urlFields.id(),
    teamId: urlFields.id(),
    numberId: urlFields.id(),
    contactId: urlFields.id(),
    tagIds: urlFields.idList(),
    tagMatch: urlFields.oneOf(tagMatches),
    archived: urlFields.boolean(),
    phoneNumber: urlFields.pattern(phoneDigitsPattern),
    q: urlFields.text(limits.searchTextMin, limits.searchTextMax),
    sentiment: urlFields.oneOf(sentiments),
    topic: urlFields.text(1, limits.searchTextMax),
    call: urlFields.id(),
  },
  searchRules.dateRange,
  searchRules.durationRange,
  searchRules.cursorOrPage,
  // Relevance ranks the matches of a text: without one it means nothing.
  (search) => (search.sort === 'relevance' && search.q === undefined ? { ...search, sort: undefined } : search),
  // A contact's calls are those of its number: the two filters are one.
  (search) => (search.contactId !== undefined ? { ...search, phoneNumber: undefined } : search),
);

export type CallsPageSearch = ReturnType<typeof validateCallsSearch>;

/** The list fields of the URL: what the BFF filters by (opening a summary does not change the list). */
export function listQueryOf({ call: _call, ...list }: CallsPageSearch) {
  return list;
}
export type CallsListQuery = ReturnType<typeof listQueryOf>;

/** Defaults the URL leaves out. */
export const callsSearchDefaults = { page: 1, perPage: 50, order: 'desc' } as const;
