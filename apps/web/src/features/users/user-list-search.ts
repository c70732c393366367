import { availabilities, limits, userSortFields } from '@switchboard/contracts/values';
import { paginationFields, searchRules, sortOrderField, urlFields, urlSearch } from '../../lib/url-search';

/** The /users URL: contracts' user-list query, every field falling back to its default. */
export const validateUsersSearch = urlSearch(
  {
    ...paginationFields,
    q: urlFields.text(1, limits.searchTextMax),
    availability: urlFields.oneOf(availabilities),
    teamId: urlFields.id(),
    sort: urlFields.oneOfOr(userSortFields, 'name'),
    order: sortOrderField('asc'),
  },
  searchRules.cursorOrPage,
);

export const usersSearchDefaults = { page: 1, perPage: 50, sort: 'name', order: 'asc' } as const;
