import { auditResults } from '@switchboard/contracts/values';
import { paginationFields, searchRules, urlFields, urlSearch } from '../../lib/url-search';

/** An endpoint id (`calls.transfer`) or the start of one (`calls`): the audit log filters by prefix. */
export const auditActionPattern = /^[a-zA-Z]+(\.[a-zA-Z]+)*$/;

/** The /admin/audit URL: contracts' audit query, every field falling back to its default. */
export const validateAuditSearch = urlSearch(
  {
    ...paginationFields,
    accountId: urlFields.ownId(),
    action: urlFields.pattern(auditActionPattern),
    result: urlFields.oneOf(auditResults),
    from: urlFields.unixSeconds(),
    to: urlFields.unixSeconds(),
  },
  searchRules.dateRange,
  searchRules.cursorOrPage,
);

export const auditSearchDefaults = { page: 1, perPage: 50 } as const;
