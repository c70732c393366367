import { queryOptions } from '@tanstack/react-query';
import { api } from './api-client';

/*
 * The company's directory (tags, users, teams, numbers): small lists many screens pick from — filters, the tag
 * picker, the transfer dialog, the insight-card composer. They live here rather than in a feature because features
 * do not import each other. Keys start with the resource name, so a page that changes one (e.g. /tags) invalidates
 * them with `invalidateQueries({ queryKey: ['tags'] })`; `resource.changed` events do the same.
 */

export function tagsQuery() {
  return queryOptions({
    queryKey: ['tags', 'list'],
    queryFn: ({ signal }) => api('tags.list', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Every user (a company has a few dozen; the BFF pages at 100), with live availability patched in by events. */
export function usersQuery() {
  return queryOptions({
    queryKey: ['users', 'list', 'all'],
    queryFn: ({ signal }) => api('users.list', { query: { perPage: 100 }, signal }),
    staleTime: 60_000,
  });
}

export function teamsQuery() {
  return queryOptions({
    queryKey: ['teams', 'list'],
    queryFn: ({ signal }) => api('teams.list', { signal }),
    staleTime: 60_000,
  });
}

export function numbersQuery() {
  return queryOptions({
    queryKey: ['numbers', 'list'],
    queryFn: ({ signal }) => api('numbers.list', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The company's settings (time zone, service level, board thresholds); a `resource.changed` event refetches them. */
export function companyQuery() {
  return queryOptions({
    queryKey: ['company'],
    queryFn: ({ signal }) => api('company.get', { signal }),
    staleTime: 5 * 60_000,
  });
}
