import type { UserListQuery } from '@switchboard/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { SearchX, UserRound } from 'lucide-react';
import { PageHeader } from '../../components/page-header';
import { Pagination } from '../../components/pagination';
import { StateMessage } from '../../components/state-message';
import { Button } from '../../components/ui/button';
import { hasFilters, UserFilterChips, type UserFilters, UserFiltersBar } from '../../features/users/user-filters';
import { parseUserListSearch, usersPageQuery } from '../../features/users/users-queries';
import { UsersTable } from '../../features/users/users-table';
import { teamsQuery } from '../../lib/directory-queries';
import { keepSearch } from '../../lib/search';

export const Route = createFileRoute('/users/')({
  validateSearch: keepSearch<UserListQuery>,
  loaderDeps: ({ search }) => search,
  loader: async ({ context, deps }) => {
    const query = await parseUserListSearch(deps);
    await Promise.all([
      context.queryClient.ensureQueryData(usersPageQuery(query)),
      context.queryClient.ensureQueryData(teamsQuery()),
    ]);
    return { query };
  },
  component: UsersPage,
});

function UsersPage() {
  const { query } = Route.useLoaderData();
  const navigate = Route.useNavigate();
  const { users, meta } = useSuspenseQuery(usersPageQuery(query)).data;
  const { teams } = useSuspenseQuery(teamsQuery()).data;
  const teamNames = new Map(teams.map((team) => [team.id, team.name]));
  const setFilters = (filters: Partial<UserFilters>) =>
    void navigate({ search: { ...query, ...filters, page: 1, cursor: undefined } });
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
        <Pagination meta={meta} label="Users pages" onPage={(page) => void navigate({ search: { ...query, page } })} />
      </div>
    </div>
  );
}
