import { admins } from '@switchboard/contracts/values';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { PageHeader } from '../components/page-header';
import { PagePending } from '../components/page-pending';
import { Button } from '../components/ui/button';
import { RouteError } from '../features/shell/route-error';
import { TagDialog } from '../features/tags-admin/tag-dialog';
import { TagsTable } from '../features/tags-admin/tags-table';
import { tagsQuery } from '../lib/directory-queries';
import { requireRole } from '../lib/session';

export const Route = createFileRoute('/tags')({
  beforeLoad: ({ context }) => requireRole(context.account, admins),
  loader: ({ context }) => context.queryClient.ensureQueryData(tagsQuery()),
  component: TagsPage,
  pendingComponent: PagePending,
  errorComponent: RouteError,
});

function TagsPage() {
  const { tags } = useSuspenseQuery(tagsQuery()).data;
  return (
    <div className="overflow-y-auto">
      <PageHeader title="Tags" description="The tags agents put on calls, and how often each is used.">
        <TagDialog
          tags={tags}
          trigger={
            <Button variant="primary">
              <Plus aria-hidden />
              New tag
            </Button>
          }
        />
      </PageHeader>
      <div className="px-4 pb-6">
        <TagsTable tags={tags} />
      </div>
    </div>
  );
}
