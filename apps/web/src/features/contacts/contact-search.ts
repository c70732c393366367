import { limits, phoneDigitsPattern } from '@switchboard/contracts/values';
import { paginationFields, searchRules, urlFields, urlSearch } from '../../lib/url-search';

/** The /contacts URL: contracts' contact search, every field falling back to its default. */
export const validateContactsSearch = urlSearch(
  {
    ...paginationFields,
    q: urlFields.text(limits.searchTextMin, limits.searchTextMax),
    phoneNumber: urlFields.pattern(phoneDigitsPattern),
    email: urlFields.text(3, 254),
  },
  searchRules.cursorOrPage,
);

export const contactsSearchDefaults = { page: 1, perPage: 50 } as const;
