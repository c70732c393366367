import type { User } from '@switchboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useServerEvent, useServerEventStream } from '../../lib/server-events';

type UserPage = { users: User[] };

/**
 * Opens the BFF's event stream for the signed-in shell and applies what is not one feature's business: users'
 * availability, lists another tab or person changed, and a stream that could not resume (refetch what is shown).
 * Calls and jobs are patched by the features that show them.
 */
export function useLiveCacheSync(): void {
  const queryClient = useQueryClient();
  useServerEventStream();

  useServerEvent('availability.changed', ({ userId, availability, at }) => {
    queryClient.setQueriesData<UserPage>({ queryKey: ['users', 'list'] }, (page) =>
      page && 'users' in page
        ? {
            ...page,
            users: page.users.map((user) =>
              user.id === userId ? { ...user, availability, availabilitySince: at } : user,
            ),
          }
        : page,
    );
  });
  useServerEvent('resource.changed', ({ resource }) => void queryClient.invalidateQueries({ queryKey: [resource] }));
  useServerEvent('stream.reset', () => void queryClient.invalidateQueries());
}
