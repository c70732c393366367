import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, stripSearchParams } from '@tanstack/react-router';
import { SearchX, UserRound } from 'lucide-react';
import { PageHeader } from '../../components/page-header';
import { PagePending } from '../../components/page-pending';
import { Pagination } from '../../components/pagination';
import { StateMessage } from '../../components/state-message';
import { Button } from '../../components/ui/button';
import { hasFilters, UserFilterChips, type UserFilters, UserFiltersBar } from '../../features/users/user-filters';
import { usersSearchDefaults, validateUsersSearch } from '../../features/users/user-list-search';
import { usersPageQuery } from '../../features/users/users-queries';
import { UsersTable } from '../../features/users/users-table';
import { teamsQuery } from '../../lib/directory-queries';
import { useListSearch } from '../../lib/list-search';

export const Route = createFileRoute('/users/')({
  validateSearch: validateUsersSearch,
  search: { middlewares: [stripSearchParams(usersSearchDefaults)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) =>
    Promise.all([
      context.queryClient.ensureQueryData(usersPageQuery(deps)),
      context.queryClient.ensureQueryData(teamsQuery()),
    ]),
  component: UsersPage,
  pendingComponent: PagePending,
});

function UsersPage() {
  const { search: query, setFilters, setPage } = useListSearch(Route);
  const { users, meta } = useSuspenseQuery(usersPageQuery(query)).data;
  const { teams } = useSuspenseQuery(teamsQuery()).data;
  const teamNames = new Map(teams.map((team) => [team.id, team.name]));
  const filters: UserFilters = { q: query.q, availability: query.availability, teamId: query.teamId };

  return (
    <div className="overflow-y-auto">
      <PageHeader title="Users" description="Agents and their availability, live." />
      <div className="flex flex-col gap-3 px-4 pb-6">
        <UserFiltersBar key={query.q ?? ''} filters={filters} teams={teams} onChange={setFilters} />
        <UserFilterChips
          filters={filters}
          teamName={query.teamId === undefined ? undefined : teamNames.get(query.teamId)}
          onChange={setFilters}
        />
        {users.length > 0 ? (
          <UsersTable users={users} teamNames={teamNames} />
        ) : hasFilters(filters) ? (
          <StateMessage
            role="status"
            icon={<SearchX />}
            title="No users match these filters"
            action={
              <Button onClick={() => setFilters({ q: undefined, availability: undefined, teamId: undefined })}>
                Clear filters
              </Button>
            }
          />
        ) : (
          <StateMessage role="status" icon={<UserRound />} title="No users yet">
            Users appear here once they are added in Aircall.
          </StateMessage>
        )}
        <Pagination meta={meta} label="Users pages" onPage={setPage} />
      </div>
    </div>
  );
}
