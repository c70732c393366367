import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link } from '@tanstack/react-router';
import { ArrowLeft } from 'lucide-react';
import { AvailabilityBadge } from '../../components/availability';
import { PageHeader, Section } from '../../components/page-header';
import { PagePending } from '../../components/page-pending';
import { LazyCallPanel } from '../../features/users/lazy-call-panel';
import { RecentCalls } from '../../features/users/recent-calls';
import { UserSettingsForm } from '../../features/users/user-settings-form';
import { userQuery } from '../../features/users/users-queries';
import { formatClockTime } from '../../lib/format';
import { parseIdParam } from '../../lib/params';

export const Route = createFileRoute('/users/$userId')({
  params: {
    parse: ({ userId }) => ({ userId: parseIdParam(userId) }),
    stringify: ({ userId }) => ({ userId: String(userId) }),
  },
  loader: ({ context, params }) => context.queryClient.ensureQueryData(userQuery(params.userId)),
  component: UserPage,
  pendingComponent: PagePending,
});

function UserPage() {
  const { userId } = Route.useParams();
  const user = useSuspenseQuery(userQuery(userId)).data;
  return (
    <div className="overflow-y-auto">
      <PageHeader
        title={user.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {user.email}
            <AvailabilityBadge availability={user.availability} />
            {user.availabilitySince !== null && <span>since {formatClockTime(user.availabilitySince)}</span>}
          </span>
        }
      >
        <Link
          to="/users"
          className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
        >
          <ArrowLeft aria-hidden className="size-4" />
          All users
        </Link>
      </PageHeader>
      <div className="grid grid-cols-1 gap-4 px-4 pb-6 lg:grid-cols-3">
        <Section title="Availability">
          <UserSettingsForm key={`${user.availabilityStatus}-${user.wrapUpTime}`} user={user} />
        </Section>
        <Section title="Call">
          <LazyCallPanel user={user} />
        </Section>
        <Section title="Teams and numbers">
          <div className="flex flex-col gap-4 p-4 text-sm">
            <div>
              <h3 className="mb-1 font-medium">Teams</h3>
              {user.teams.length === 0 ? (
                <p className="text-muted-foreground">In no team.</p>
              ) : (
                <ul className="flex flex-wrap gap-2">
                  {user.teams.map((team) => (
                    <li key={team.id}>
                      <Link
                        to="/teams/$teamId"
                        params={{ teamId: team.id }}
                        className="rounded-full border border-border px-2.5 py-0.5 hover:bg-muted"
                      >
                        {team.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3 className="mb-1 font-medium">Numbers</h3>
              {user.numbers.length === 0 ? (
                <p className="text-muted-foreground">No number assigned.</p>
              ) : (
                <ul className="flex flex-col gap-1">
                  {user.numbers.map((number) => (
                    <li key={number.id}>
                      {number.name} <span className="text-muted-foreground tabular-nums">{number.digits}</span>
                      {number.id === user.defaultNumberId && <span className="text-muted-foreground"> · default</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </Section>
        <Section title="Recent calls" className="lg:col-span-3">
          <RecentCalls calls={user.recentCalls} />
        </Section>
      </div>
    </div>
  );
}
