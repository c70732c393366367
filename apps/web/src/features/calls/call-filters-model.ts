import type { CallListQuery, Tag, Team, User } from '@switchboard/contracts';
import { missedReasonLabel } from './call-status';
import { describeRange } from './date-range-filter';
import { describeDuration } from './duration-filter';

/** The list query's fields that narrow the list (everything but paging and sorting). */
export const filterFields = [
  'direction',
  'type',
  'missedReason',
  'agentId',
  'teamId',
  'numberId',
  'contactId',
  'tagIds',
  'tagMatch',
  'archived',
  'from',
  'to',
  'minDuration',
  'maxDuration',
  'phoneNumber',
  'q',
  'sentiment',
  'topic',
] as const satisfies readonly (keyof CallListQuery)[];

export type CallFilters = Pick<CallListQuery, (typeof filterFields)[number]>;

export function isFiltered(query: CallFilters): boolean {
  return filterFields.some((field) => field !== 'tagMatch' && query[field] !== undefined);
}

/** Every filter cleared: what "Clear filters" navigates to. */
export const noFilters: { [K in keyof CallFilters]: undefined } = Object.fromEntries(
  filterFields.map((field) => [field, undefined]),
) as { [K in keyof CallFilters]: undefined };

/** "My calls": the agent filter set to the signed-in account's own Aircall user. */
export function isMyCalls(query: Pick<CallFilters, 'agentId'>, myUserId: number | undefined): boolean {
  return myUserId !== undefined && query.agentId === myUserId;
}

export const callTypeLabels = {
  answered: 'Answered',
  missed: 'Missed',
  voicemail: 'Voicemail',
  abandoned: 'Abandoned',
} as const;

/** Names the filters refer to by id; absent while the directory loads (chips then show the id). */
export interface FilterDirectory {
  users?: readonly Pick<User, 'id' | 'name'>[] | undefined;
  teams?: readonly Pick<Team, 'id' | 'name'>[] | undefined;
  numbers?: readonly { id: number; name: string }[] | undefined;
  tags?: readonly Pick<Tag, 'id' | 'name' | 'color'>[] | undefined;
}

export interface FilterChip {
  key: string;
  label: string;
  /** The URL change that removes this filter. */
  clear: Partial<CallFilters>;
}

const nameOf = (list: readonly { id: number; name: string }[] | undefined, id: number, kind: string) =>
  list?.find((item) => item.id === id)?.name ?? `${kind} #${id}`;

/** One removable chip per active filter, in the sidebar's order. */
export function filterChips(query: CallFilters, directory: FilterDirectory, nowMs: number): FilterChip[] {
  const chips: FilterChip[] = [];
  const add = (key: string, label: string, clear: Partial<CallFilters>) => chips.push({ key, label, clear });
  if (query.direction)
    add('direction', query.direction === 'inbound' ? 'Inbound' : 'Outbound', { direction: undefined });
  if (query.type) add('type', `Type: ${callTypeLabels[query.type]}`, { type: undefined });
  if (query.missedReason) {
    add('missedReason', `Missed: ${missedReasonLabel(query.missedReason)}`, { missedReason: undefined });
  }
  if (query.agentId) add('agentId', `Agent: ${nameOf(directory.users, query.agentId, 'User')}`, { agentId: undefined });
  if (query.teamId) add('teamId', `Team: ${nameOf(directory.teams, query.teamId, 'Team')}`, { teamId: undefined });
  if (query.numberId) {
    add('numberId', `Line: ${nameOf(directory.numbers, query.numberId, 'Number')}`, { numberId: undefined });
  }
  if (query.contactId) add('contactId', `Contact #${query.contactId}`, { contactId: undefined });
  if (query.tagIds?.length) {
    const names = query.tagIds.map((id) => nameOf(directory.tags, id, 'Tag'));
    const joiner = query.tagMatch === 'all' ? ' and ' : ' or ';
    add('tagIds', `Tags: ${names.join(joiner)}`, { tagIds: undefined, tagMatch: undefined });
  }
  if (query.archived !== undefined) {
    add('archived', query.archived ? 'Archived only' : 'Not archived', { archived: undefined });
  }
  if (query.from !== undefined || query.to !== undefined) {
    add('started', `Started: ${describeRange(query, nowMs)}`, { from: undefined, to: undefined });
  }
  if (query.minDuration !== undefined || query.maxDuration !== undefined) {
    add('duration', `Duration: ${describeDuration(query)}`, { minDuration: undefined, maxDuration: undefined });
  }
  if (query.phoneNumber) add('phoneNumber', `Number contains ${query.phoneNumber}`, { phoneNumber: undefined });
  if (query.q) add('q', `Text: “${query.q}”`, { q: undefined });
  if (query.sentiment) add('sentiment', `Sentiment: ${query.sentiment}`, { sentiment: undefined });
  if (query.topic) add('topic', `Topic: ${query.topic}`, { topic: undefined });
  return chips;
}
