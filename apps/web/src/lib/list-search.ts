import { useMemo } from 'react';

/** What every list's URL holds besides its filters. */
export interface ListPaging {
  page: number;
  cursor?: string | undefined;
}

/** A file route of a list page (`Route` from `createFileRoute`), as far as its URL goes. */
interface ListRoute<S> {
  useSearch: () => S;
  useNavigate: () => unknown;
}

type Navigate<S> = (options: { search: (previous: S) => S; replace?: boolean }) => Promise<void>;

/** New filters start the list over: page 1, no cursor. */
export function withFilters<S extends ListPaging>(previous: S, update: Partial<S>): S {
  return { ...previous, ...update, page: 1, cursor: undefined };
}

/**
 * The one owner of a list's state: the router's validated search (the URL), and the ways to change it. Every change
 * is built from the router's current search, and a filter change goes back to the first page, here only.
 */
export function useListSearch<S extends ListPaging>(route: ListRoute<S>) {
  const search = route.useSearch();
  const navigate = route.useNavigate() as Navigate<S>;
  return useMemo(
    () => ({
      search,
      /** The URL with these fields changed (for links); paging stays. */
      searchWith: (update: Partial<S>): S => ({ ...search, ...update }),
      setFilters: (update: Partial<S>) => void navigate({ search: (previous) => withFilters(previous, update) }),
      setPage: (page: number) => void navigate({ search: (previous) => ({ ...previous, page, cursor: undefined }) }),
      /** Fields that do not change which rows match (the open summary, the sort keeps its own page reset). */
      setSearch: (update: Partial<S>) => void navigate({ search: (previous) => ({ ...previous, ...update }) }),
    }),
    [search, navigate],
  );
}
