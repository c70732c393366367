import {
  type Availability,
  type PageMeta,
  type User,
  type UserListQuery,
  userSortFields,
} from '@switchboard/contracts';
import { z } from 'zod';
import { cursorCodec, cursorValues, InvalidCursorError } from '../../cursor';

/** Sorting by availability puts who can take a call first, who is away last. */
const availabilityRank: Record<Availability, number> = {
  available: 0,
  in_call: 1,
  after_call_work: 2,
  do_not_disturb: 3,
  offline: 4,
};

type SortKey = [number, string, number];

function sortKey(user: User, sort: UserListQuery['sort']): SortKey {
  const name = user.name.toLowerCase();
  return [sort === 'availability' ? availabilityRank[user.availability] : 0, name, user.id];
}

function compareKeys(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2];
}

/** The sort key of a page's last row, with the sort and order it belongs to. */
const userCursor = cursorCodec(
  z.tuple([
    z.enum(userSortFields),
    cursorValues.order,
    z
      .number()
      .int()
      .min(0)
      .max(Object.keys(availabilityRank).length - 1),
    z.string(),
    cursorValues.aircallId,
  ]),
);

function decodeCursor(query: UserListQuery, cursor: string): SortKey {
  const [sort, order, rank, name, id] = userCursor.decode(cursor);
  if (sort !== query.sort || order !== query.order) throw new InvalidCursorError();
  return [rank, name, id];
}

/**
 * Filters, sorts and pages the mirrored users in memory (a company has hundreds of users, not millions). A cursor
 * holds the sort key of the last row, so a page read after others changed their availability neither repeats nor
 * skips anyone.
 */
export function pageOfUsers(all: User[], query: UserListQuery): { users: User[]; meta: PageMeta } {
  const needle = query.q?.toLowerCase();
  const matching = all.filter(
    (user) =>
      (!needle || user.name.toLowerCase().includes(needle) || user.email.toLowerCase().includes(needle)) &&
      (!query.availability || user.availability === query.availability) &&
      (query.teamId === undefined || user.teamIds.includes(query.teamId)),
  );
  const direction = query.order === 'desc' ? -1 : 1;
  const keyed = matching
    .map((user) => ({ user, key: sortKey(user, query.sort) }))
    .sort((a, b) => direction * compareKeys(a.key, b.key));

  const after = query.cursor === undefined ? undefined : decodeCursor(query, query.cursor);
  const start = after
    ? keyed.findIndex((row) => direction * compareKeys(row.key, after) > 0)
    : (query.page - 1) * query.perPage;
  const rows = start < 0 ? [] : keyed.slice(start, start + query.perPage);
  const hasNextPage = start >= 0 && start + query.perPage < keyed.length;
  const last = rows.at(-1);
  return {
    users: rows.map((row) => row.user),
    meta: {
      page: query.page,
      perPage: query.perPage,
      total: matching.length,
      hasNextPage,
      nextCursor: hasNextPage && last ? userCursor.encode([query.sort, query.order, ...last.key]) : null,
    },
  };
}
