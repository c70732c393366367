import { boardSpans } from '@switchboard/contracts/values';
import * as v from 'valibot';
import { urlFields } from '../../lib/url-search';

/* The board's URL, apart from its queries: a route's search validation is in the entry chunk. */

export const boardTabs = ['calls', 'agents', 'numbers'] as const;
export type BoardTab = (typeof boardTabs)[number];

/** The board's URL: time span, filters and the section shown; anything odd falls back to the whole floor today. */
export const boardSearchSchema = v.object({
  span: urlFields.oneOfOr(boardSpans, 'today'),
  teamId: urlFields.id(),
  numberId: urlFields.id(),
  tab: urlFields.oneOfOr(boardTabs, 'calls'),
});
export type BoardSearch = v.InferOutput<typeof boardSearchSchema>;
